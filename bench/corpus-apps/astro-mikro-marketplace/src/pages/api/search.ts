import type { APIRoute } from 'astro';
import * as products from '../../services/productService';
import { escapeHtml, formatPrice } from '../../lib/html';

export const prerender = false;

/** HTML fragment for the header search box (swapped in with htmx). */
export const GET: APIRoute = async ({ url, locals }) => {
  const q = url.searchParams.get('q') ?? '';
  const results = await products.search(locals.em, q);
  const items = results
    .map((p) => `<li><a href="/products/${p.id}">${escapeHtml(p.title.en ?? p.sku)}</a> <span>${formatPrice(p.priceCents, locals.currency)}</span></li>`)
    .join('');
  const html = `<div class="search-results"><p>${results.length} results for <strong>${q}</strong></p><ul>${items}</ul></div>`;
  // vuln: CWE-79
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
