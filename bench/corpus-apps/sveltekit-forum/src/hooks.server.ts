import type { Handle, HandleServerError } from '@sveltejs/kit';
import { SESSION_COOKIE, validateSession } from '$lib/server/auth';

const SECURITY_HEADERS: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin'
};

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE);
  event.locals.user = token ? validateSession(token) : null;

  const response = await resolve(event);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    response.headers.set(name, value);
  }
  return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  const errorId = crypto.randomUUID();
  console.error(`[${errorId}] ${event.route.id ?? 'unknown route'}`, error);
  // safe: CWE-209
  return { message: status === 404 ? 'Not found' : 'Something went wrong on our side', errorId };
};
