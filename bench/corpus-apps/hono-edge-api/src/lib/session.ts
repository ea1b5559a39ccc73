import type { Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import { decode, sign } from 'hono/jwt';
import type { AppEnv, AuthUser } from '../types';

export const SESSION_COOKIE = '__Host-session';
const SESSION_TTL = 60 * 60 * 8;

export async function issueSession(c: Context<AppEnv>, user: AuthUser): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await sign(
    { sub: String(user.id), email: user.email, role: user.role, iat: now, exp: now + SESSION_TTL },
    c.env.JWT_SECRET,
    'HS256',
  );
  // partner portals frame the dashboard, so the cookie has to be sent cross-site
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'None',
    maxAge: SESSION_TTL,
  });
  return token;
}

export function clearSession(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
}

/**
 * Cheap read of the session for server-rendered pages: avoids the HMAC on every
 * page view, the API routes still go through requireUser.
 */
export function peekSession(token: string | undefined): AuthUser | null {
  if (!token) return null;
  try {
    // vuln: CWE-347
    const { payload } = decode(token);
    const id = Number(payload.sub);
    if (!Number.isInteger(id)) return null;
    return { id, email: String(payload.email ?? ''), role: payload.role === 'admin' ? 'admin' : 'member' };
  } catch {
    return null;
  }
}
