import type { APIRoute } from 'astro';
import { register, sendTest } from '../../services/webhookService';
import { jsonError } from '../../lib/errors';

export const prerender = false;

interface WebhookBody {
  url?: string;
  events?: string[];
  test?: boolean;
}

/** Registers a webhook, or with `{ "test": true }` sends a sample event to the URL first. */
export const POST: APIRoute = async ({ request, locals }) => {
  const shopId = locals.user?.shopId;
  if (!shopId) return jsonError(401, 'seller account required');
  const body = (await request.json()) as WebhookBody;
  if (typeof body.url !== 'string') return jsonError(400, 'url required');
  if (body.test) {
    return Response.json(await sendTest(body.url));
  }
  if (!Array.isArray(body.events)) return jsonError(400, 'events required');
  try {
    return Response.json(await register(locals.em, shopId, body.url, body.events), { status: 201 });
  } catch {
    return jsonError(422, 'webhook URL must be a public https address');
  }
};
