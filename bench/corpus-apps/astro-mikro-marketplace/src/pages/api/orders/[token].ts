import type { APIRoute } from 'astro';
import * as orders from '../../../services/orderService';

export const prerender = false;

/** Order status for guests who follow the link in their confirmation e-mail. */
export const GET: APIRoute = async ({ params, locals }) => {
  const token = params.token ?? '';
  const order = locals.user
    ? await orders.buyerLookup(locals.em, token, locals.user.id)
    : await orders.guestLookup(locals.em, token);
  return Response.json({
    number: order.number,
    status: order.status,
    shop: order.shop.name,
    shippingName: order.shippingName,
    shippingAddress: order.shippingAddress,
    items: order.items.getItems().map((i) => ({ sku: i.product.sku, quantity: i.quantity })),
  });
};
