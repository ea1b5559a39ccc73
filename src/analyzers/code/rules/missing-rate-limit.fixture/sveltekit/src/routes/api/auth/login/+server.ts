// SvelteKit endpoint with a limiter consulted in the handler.
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { Ratelimit } from '@upstash/ratelimit';

declare const ratelimit: Ratelimit;
declare function verifyLogin(username: string, password: string): Promise<{ id: string } | null>;

// ok: js/missing-rate-limit
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
  const { success } = await ratelimit.limit(getClientAddress());
  if (!success) error(429, 'Too many attempts');
  const body = await request.json();
  return json({ user: await verifyLogin(body.username, body.password) });
};
