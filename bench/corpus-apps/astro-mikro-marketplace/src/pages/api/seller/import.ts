import type { APIRoute } from 'astro';
import { importCatalog } from '../../../services/importService';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals }) => {
  const user = locals.user;
  if (!user?.shopId) return jsonError(401, 'seller account required');
  const form = await request.formData();
  const file = form.get('catalog');
  if (!(file instanceof File) || file.size === 0) return jsonError(400, 'attach a catalog file');
  if (file.size > 5 * 1024 * 1024) return jsonError(413, 'catalog too large');
  const imported = await importCatalog(locals.em, user.shopId, file);
  return Response.json({ imported });
};
