import { Component, OnDestroy, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { Subscription } from 'rxjs';
import { ProductService } from '../services/product.service';

@Component({
  selector: 'app-search-result',
  templateUrl: './search-result.component.html',
})
export class SearchResultComponent implements OnInit, OnDestroy {
  public searchValue?: SafeHtml;
  public resultCount = 0;
  public products: Array<{ name: string; description: string; price: number }> = [];
  private routerSubscription?: Subscription;

  constructor(
    private readonly route: ActivatedRoute,
    private readonly sanitizer: DomSanitizer,
    private readonly productService: ProductService,
  ) {}

  ngOnInit(): void {
    this.routerSubscription = this.route.queryParams.subscribe(() => this.filterTable());
  }

  ngOnDestroy(): void {
    this.routerSubscription?.unsubscribe();
  }

  filterTable(): void {
    let queryParam: string = this.route.snapshot.queryParams.q;
    if (queryParam) {
      queryParam = queryParam.trim();
      // vuln: CWE-79
      this.searchValue = this.sanitizer.bypassSecurityTrustHtml(queryParam);
    } else {
      this.searchValue = undefined;
    }
    this.productService.search(queryParam || '').subscribe((products) => {
      this.products = products;
      this.resultCount = products.length;
    });
  }
}
