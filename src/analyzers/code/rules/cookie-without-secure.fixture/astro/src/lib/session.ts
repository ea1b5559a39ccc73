// Astro: AstroCookies.set leaves Secure off unless it is asked for.
import type { APIContext } from 'astro';

export function setRemember(context: APIContext, token: string): void {
  context.cookies.set('remember_token', token, {
    path: '/',
    httpOnly: true,
    // ruleid: js/cookie-without-secure
    secure: false,
    maxAge: 60 * 60 * 24 * 30,
  });
}

export function setSession(context: APIContext, token: string): void {
  // ruleid: js/cookie-without-secure
  context.cookies.set('session', token, { path: '/', httpOnly: true, sameSite: 'lax' });
  // ok: js/cookie-without-secure
  context.cookies.set('auth_token', token, { path: '/', httpOnly: true, secure: import.meta.env.PROD, sameSite: 'lax' });
  // ok: js/cookie-without-secure
  context.cookies.set('locale', 'en', { path: '/' });
}
