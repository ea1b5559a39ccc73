import type { APIRoute } from 'astro';
import { Product } from '../../../entities/Product';
import * as products from '../../../services/productService';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

export const GET: APIRoute = async ({ params, locals }) => {
  const id = Number(params.id);
  if (!Number.isInteger(id)) return jsonError(400, 'bad id');
  const product = await locals.em.findOne(Product, { id, active: true }, { populate: ['shop'] });
  if (!product) return jsonError(404, 'not found');
  const title = await products.title(locals.em, id, locals.locale);
  return Response.json({ ...product, title });
};

export const DELETE: APIRoute = async ({ params, locals }) => {
  const user = locals.user;
  if (!user?.shopId) return jsonError(401, 'seller account required');
  await products.remove(locals.em, user.shopId, Number(params.id));
  return new Response(null, { status: 204 });
};
