import type { AstroCookies } from 'astro';

export function setSession(cookies: AstroCookies, token: string): void {
  cookies.set('session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'none' });
}
