import type { APIRoute } from 'astro';
import { storeAttachment, storeProductImage } from '../../../services/imageService';
import { jsonError } from '../../../lib/errors';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals }) => {
  const user = locals.user;
  if (!user?.shopId) return jsonError(401, 'seller account required');
  const form = await request.formData();
  const kind = form.get('kind');
  const file = form.get('file');
  if (!(file instanceof File)) return jsonError(400, 'file required');
  if (file.size > 10 * 1024 * 1024) return jsonError(413, 'file too large');
  if (kind === 'attachment') {
    return Response.json({ path: await storeAttachment(user.shopId, file) });
  }
  return Response.json({ image: await storeProductImage(user.shopId, file) });
};
