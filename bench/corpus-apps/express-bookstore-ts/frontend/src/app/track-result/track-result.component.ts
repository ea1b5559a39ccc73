import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TrackOrderService } from '../services/track-order.service';

@Component({
  selector: 'app-track-result',
  template: `
    <h2>Order {{ orderId }}</h2>
    <p *ngIf="delivered">Delivered</p>
    <p *ngIf="!delivered">Expected {{ eta }}</p>
  `,
})
export class TrackResultComponent implements OnInit {
  public orderId = '';
  public eta = '';
  public delivered = false;

  constructor(private readonly route: ActivatedRoute, private readonly trackOrderService: TrackOrderService) {}

  ngOnInit(): void {
    // safe: CWE-79
    this.orderId = this.route.snapshot.queryParams.id;
    this.trackOrderService.find(this.orderId).subscribe((results) => {
      this.eta = results.data[0]?.eta ?? '?';
      this.delivered = Boolean(results.data[0]?.delivered);
    });
  }
}
