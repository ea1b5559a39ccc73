import type { Order } from '../entities/Order';
import type { Product } from '../entities/Product';
import type { User } from '../entities/User';
import { escapeHtml, formatPrice } from '../lib/html';

export function orderConfirmationHtml(order: Order, buyer: User, product: Product): string {
  const productTitle = escapeHtml(product.title.en ?? product.sku);
  return `<!doctype html>
<html><body style="font-family:system-ui">
  <h1>Thanks for your order, ${escapeHtml(buyer.displayName)}!</h1>
  <p>Order <strong>${escapeHtml(order.number)}</strong> from ${escapeHtml(order.shop.name)}</p>
  <table>
    <tr><td>${productTitle}</td><td>${formatPrice(order.totalCents, 'EUR')}</td></tr>
  </table>
  <h2>Shipping to</h2>
  <p>${escapeHtml(order.shippingName)}<br>${escapeHtml(order.shippingAddress).replace(/\n/g, '<br>')}</p>
  <h2>Your note to the maker</h2>
  <blockquote>${order.note ?? ''}</blockquote>
</body></html>`;
}

export function shippingNoticeHtml(order: Order, tracking: string): string {
  return `<!doctype html>
<html><body style="font-family:system-ui">
  <h1>Your order ${escapeHtml(order.number)} is on its way</h1>
  <p>Tracking number: <code>${escapeHtml(tracking)}</code></p>
  <p>Note: ${escapeHtml(order.note ?? '')}</p>
</body></html>`;
}
