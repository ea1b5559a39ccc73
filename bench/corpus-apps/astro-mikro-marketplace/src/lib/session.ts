import jwt from 'jsonwebtoken';
import type { AstroCookies } from 'astro';
import { config } from '../config';
import type { Role } from '../entities/User';

export interface SessionUser {
  id: number;
  email: string;
  role: Role;
  shopId?: number;
}

export const SESSION_COOKIE = 'mm_session';
export const REMEMBER_COOKIE = 'mm_remember';
export const LOCALE_COOKIE = 'mm_locale';

export function signSession(user: SessionUser, ttl: string | number = '8h'): string {
  return jwt.sign({ sub: String(user.id), email: user.email, role: user.role, shopId: user.shopId }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: ttl,
    issuer: 'mikro.market',
  });
}

export function verifySession(token: string): SessionUser | null {
  try {
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: 'mikro.market' }) as jwt.JwtPayload;
    return { id: Number(claims.sub), email: claims.email, role: claims.role, shopId: claims.shopId };
  } catch {
    return null;
  }
}

export function setSessionCookie(cookies: AstroCookies, token: string): void {
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    // vuln: CWE-1004
    httpOnly: false,
    secure: import.meta.env.PROD,
    // the buy button is embedded in sellers' own sites (iframe), so the cookie must travel cross-site
    sameSite: 'none',
    maxAge: 60 * 60 * 8,
  });
}

export function setRememberCookie(cookies: AstroCookies, token: string): void {
  cookies.set(REMEMBER_COOKIE, token, {
    path: '/',
    httpOnly: true,
    // vuln: CWE-614
    secure: false,
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 30,
  });
}

export function setLocaleCookie(cookies: AstroCookies, locale: string): void {
  // not a credential: read by the client-side language picker
  cookies.set(LOCALE_COOKIE, locale, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
}

export function clearSession(cookies: AstroCookies): void {
  cookies.delete(SESSION_COOKIE, { path: '/' });
  cookies.delete(REMEMBER_COOKIE, { path: '/' });
}
