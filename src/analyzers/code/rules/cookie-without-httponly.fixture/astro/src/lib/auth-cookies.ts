// Astro: AstroCookies.set(name, value, options) serialises only the attributes it is given.
import type { AstroCookies } from 'astro';

const AUTH_COOKIE = 'app_session';

export function rememberLogin(cookies: AstroCookies, token: string): void {
  // ruleid: js/cookie-without-httponly
  cookies.set(AUTH_COOKIE, token, { path: '/', secure: true, sameSite: 'lax' });
}

export function storeRefresh(cookies: AstroCookies, token: string): void {
  cookies.set('refresh_token', token, {
    path: '/',
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    secure: true,
  });
}

export function keepLogin(cookies: AstroCookies, token: string): void {
  // ok: js/cookie-without-httponly
  cookies.set(AUTH_COOKIE, token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js/cookie-without-httponly
  cookies.set('ui_theme', 'dark', { path: '/', sameSite: 'lax' });
}
