import type { APIRoute } from 'astro';
import { requestReset } from '../../../services/authService';
import { underLimit } from '../../../lib/redis';
import { jsonError } from '../../../lib/errors';
import { config } from '../../../config';

export const prerender = false;

export const POST: APIRoute = async ({ request, locals, clientAddress }) => {
  if (!(await underLimit(`reset:${clientAddress}`, 5, 15 * 60))) {
    return jsonError(429, 'too many requests, try again later');
  }
  const { email } = (await request.json()) as { email?: string };
  if (typeof email !== 'string' || email.length > 254) return jsonError(400, 'email required');
  await requestReset(locals.em, email, config.baseUrl);
  return new Response(null, { status: 204 });
};
