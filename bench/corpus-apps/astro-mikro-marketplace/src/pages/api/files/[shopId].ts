import type { APIRoute } from 'astro';
import { contentType, openUpload } from '../../../services/fileService';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

/** Public attachments of a shop: `/api/files/12?name=size-chart.pdf`. */
export const GET: APIRoute = async ({ params, url }) => {
  const shopId = Number(params.shopId);
  const name = url.searchParams.get('name');
  if (!Number.isInteger(shopId) || !name) return jsonError(400, 'shop and name required');
  const body = openUpload(`${shopId}/attachments/${name}`);
  return new Response(body, { headers: { 'Content-Type': contentType(name) } });
};
