import type { APIRoute } from 'astro';
import * as products from '../../../services/productService';
import { publicCorsHeaders } from '../../../lib/cors';

export const prerender = false;

export const GET: APIRoute = async ({ url, locals }) => {
  if (url.searchParams.has('featured')) {
    const rows = await products.featured(locals.em, locals.locale);
    return new Response(JSON.stringify(rows), {
      headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=60', ...publicCorsHeaders() },
    });
  }
  const q = url.searchParams.get('q');
  if (q) {
    return Response.json(await products.search(locals.em, q));
  }
  const category = url.searchParams.get('category');
  if (category) {
    const sort = url.searchParams.get('sort') ?? '';
    const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1;
    return Response.json(await products.browse(locals.em, category, sort, page));
  }
  return Response.json(await products.newest(locals.em, url.searchParams.get('order') ?? 'newest'));
};
