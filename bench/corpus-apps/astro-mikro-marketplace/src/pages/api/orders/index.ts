import type { APIRoute } from 'astro';
import * as orders from '../../../services/orderService';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

export const GET: APIRoute = async ({ url, locals }) => {
  const user = locals.user;
  if (!user) return jsonError(401, 'sign in required');
  const status = url.searchParams.get('status') ?? 'paid';
  if (url.searchParams.get('as') === 'seller' && user.shopId) {
    return Response.json(await orders.sellerOrders(locals.em, user.shopId, status));
  }
  return Response.json(await orders.buyerOrders(locals.em, user.id, status));
};

export const POST: APIRoute = async ({ request, locals }) => {
  const user = locals.user;
  if (!user?.shopId) return jsonError(401, 'seller account required');
  const body = (await request.json()) as { number?: string; tracking?: string };
  if (!body.number || !body.tracking) return jsonError(400, 'number and tracking required');
  await orders.markShipped(locals.em, user.shopId, body.number, body.tracking);
  return Response.json({ ok: true });
};
