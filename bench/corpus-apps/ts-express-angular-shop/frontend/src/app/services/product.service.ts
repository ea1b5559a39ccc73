import { Injectable } from '@angular/core'
import { HttpClient } from '@angular/common/http'
import { Observable } from 'rxjs'
import { map } from 'rxjs/operators'

export interface Product {
  id: number
  name: string
  description: string
  price: number
}

export interface OrderSummary {
  orderNo: string
  giftNote: string
  deliveryInstructions: string
  lines: Array<{ name: string, quantity: number, price: number }>
}

@Injectable({ providedIn: 'root' })
export class ProductService {
  private readonly host = '/api'

  constructor (private readonly http: HttpClient) {}

  get (id: number): Observable<Product> {
    return this.http.get<{ data: Product }>(`${this.host}/products/${id}`).pipe(map((response) => response.data))
  }

  orderSummary (orderNo: string): Observable<OrderSummary> {
    return this.http.get<{ data: OrderSummary }>(`/rest/orders/${encodeURIComponent(orderNo)}/summary`).pipe(map((response) => response.data))
  }
}
