// Hono's JWT helpers: decode() only splits and base64-decodes; verify() checks the signature.
import type { Context, Next } from 'hono';
import { getCookie } from 'hono/cookie';
import { decode, verify } from 'hono/jwt';

type Viewer = { id: number; admin: boolean };

export function viewerFromCookie(token: string | undefined): Viewer | null {
  if (!token) return null;
  // ruleid: js/jwt-decode-without-verify
  const { payload } = decode(token);
  const id = Number(payload.sub);
  if (!Number.isInteger(id)) return null;
  return { id, admin: payload.role === 'admin' };
}

export async function requireViewer(c: Context, next: Next) {
  const token = getCookie(c, 'session') ?? '';
  // ruleid: js/jwt-decode-without-verify
  const claims = decode(token).payload;
  if (claims.role !== 'admin') return c.text('forbidden', 403);
  await next();
}

export async function requireAdmin(c: Context, next: Next) {
  const token = getCookie(c, 'session') ?? '';
  // ok: js/jwt-decode-without-verify
  const payload = await verify(token, c.env.JWT_SECRET, 'HS256');
  if (payload.role !== 'admin') return c.text('forbidden', 403);
  await next();
}

export function tokenAlgorithm(token: string): string {
  // ok: js/jwt-decode-without-verify
  const { header } = decode(token);
  return String(header.alg);
}
