import type { APIRoute } from 'astro';
import { clearSession } from '../../../lib/session';

export const prerender = false;

function sameOriginPath(target: string | null, origin: string): string {
  if (!target) return '/';
  try {
    const resolved = new URL(target, origin);
    return resolved.origin === origin ? resolved.pathname + resolved.search : '/';
  } catch {
    return '/';
  }
}

export const POST: APIRoute = async ({ url, cookies, redirect }) => {
  clearSession(cookies);
  return redirect(sameOriginPath(url.searchParams.get('next'), url.origin), 303);
};
