import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv, AuthUser } from '../types';
import { SESSION_COOKIE } from '../lib/session';

function bearerOrCookie(header: string | undefined, cookie: string | undefined): string | undefined {
  if (header && header.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return cookie;
}

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerOrCookie(c.req.header('Authorization'), getCookie(c, SESSION_COOKIE));
  if (!token) {
    throw new HTTPException(401, { message: 'authentication required' });
  }

  let payload: Record<string, unknown>;
  try {
    // safe: CWE-347
    payload = await verify(token, c.env.JWT_SECRET, 'HS256');
  } catch {
    throw new HTTPException(401, { message: 'invalid or expired token' });
  }

  const user: AuthUser = {
    id: Number(payload.sub),
    email: String(payload.email ?? ''),
    role: payload.role === 'admin' ? 'admin' : 'member',
  };
  if (!Number.isInteger(user.id)) {
    throw new HTTPException(401, { message: 'invalid subject' });
  }
  c.set('user', user);
  await next();
});

export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get('user')?.role !== 'admin') {
    throw new HTTPException(403, { message: 'admin only' });
  }
  await next();
});
