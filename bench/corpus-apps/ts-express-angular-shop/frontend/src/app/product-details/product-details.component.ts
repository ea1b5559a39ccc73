import { Component, OnInit } from '@angular/core'
import { ActivatedRoute } from '@angular/router'
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser'
import { ProductService, Product } from '../services/product.service'

const PROMO_VIDEO_ID = 'aZ3kq9LmP0w'

@Component({
  selector: 'app-product-details',
  templateUrl: './product-details.component.html'
})
export class ProductDetailsComponent implements OnInit {
  product: Product | null = null
  descriptionHtml: SafeHtml = ''
  promoVideo: SafeResourceUrl

  constructor (
    private readonly route: ActivatedRoute,
    private readonly productService: ProductService,
    private readonly sanitizer: DomSanitizer
  ) {
    // safe: CWE-79
    this.promoVideo = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + PROMO_VIDEO_ID)
  }

  ngOnInit (): void {
    const id = Number(this.route.snapshot.paramMap.get('id'))
    this.productService.get(id).subscribe({
      next: (product) => {
        this.product = product
        // descriptions contain the shop's own formatting (<b>, <em>, links to other products)
        // vuln: CWE-79
        this.descriptionHtml = this.sanitizer.bypassSecurityTrustHtml(product.description)
      },
      error: (err) => console.log(err)
    })
  }
}
