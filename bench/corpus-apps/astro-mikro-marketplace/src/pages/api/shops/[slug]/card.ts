import type { APIRoute } from 'astro';
import { Shop } from '../../../../entities/Shop';
import { escapeHtml } from '../../../../lib/html';

export const prerender = false;

/** Embeddable shop badge for sellers' own sites. */
export const GET: APIRoute = async ({ params, url, locals }) => {
  const shop = await locals.em.getRepository(Shop).bySlug(params.slug ?? '');
  const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  const ref = url.searchParams.get('ref') ?? '';
  if (!shop) return new Response('<p>Shop not found</p>', { status: 404, headers: { 'Content-Type': 'text/html' } });
  const html = `<div class="mm-card mm-${theme}">
  <a href="https://mikro.market/shop/${encodeURIComponent(shop.slug)}?ref=${encodeURIComponent(ref)}">${escapeHtml(shop.name)}</a>
  <small>via ${escapeHtml(ref)}</small>
</div>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
