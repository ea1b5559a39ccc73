import { error } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import type { RequestHandler } from './$types';
import { findUserByName } from '$lib/server/users';

// Proxies Gravatar so visitors' IPs are not leaked to a third party.
export const GET: RequestHandler = async ({ url }) => {
  const user = findUserByName(url.searchParams.get('user') ?? '');
  if (!user) error(404, 'No such user');
  const digest = createHash('sha256').update(user.email.trim().toLowerCase()).digest('hex');
  // safe: CWE-918
  const res = await fetch(`https://gravatar.com/avatar/${digest}?s=128&d=identicon`, { signal: AbortSignal.timeout(4000) });
  if (!res.ok) error(502, 'Avatar service unavailable');
  return new Response(res.body, {
    headers: { 'Content-Type': res.headers.get('content-type') ?? 'image/png', 'Cache-Control': 'public, max-age=86400' }
  });
};
