import { Component, OnInit } from '@angular/core'
import { ActivatedRoute } from '@angular/router'
import { ProductService, OrderSummary } from '../services/product.service'

@Component({
  selector: 'app-order-summary',
  templateUrl: './order-summary.component.html'
})
export class OrderSummaryComponent implements OnInit {
  summary: OrderSummary | null = null
  searchValue = ''

  constructor (
    private readonly route: ActivatedRoute,
    private readonly productService: ProductService
  ) {}

  ngOnInit (): void {
    const orderNo = this.route.snapshot.paramMap.get('orderNo') ?? ''
    this.searchValue = this.route.snapshot.queryParamMap.get('highlight') ?? ''
    this.productService.orderSummary(orderNo).subscribe((summary) => {
      this.summary = summary
    })
  }

  total (): number {
    return (this.summary?.lines ?? []).reduce((sum, line) => sum + line.quantity * line.price, 0)
  }
}
