import type { NextFunction, Request, Response } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { config } from '../config';
import { childLogger } from '../lib/logger';

const log = childLogger('auth');

export type Role = 'owner' | 'member' | 'admin';

export interface AuthUser {
  id: string;
  accountId: string;
  role: Role;
  email: string;
  viaSupport?: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function tokenFrom(req: Request): { token?: string; fromCookie: boolean } {
  const header = req.headers.authorization;
  if (header && header.startsWith('Bearer ')) {
    return { token: header.slice('Bearer '.length).trim(), fromCookie: false };
  }
  return { token: req.cookies?.tp_access, fromCookie: true };
}

/** Double-submit check for browser sessions: the SPA echoes the tp_csrf cookie in a header. */
function csrfOk(req: Request): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  const header = req.get('x-csrf-token');
  const cookie = req.cookies?.tp_csrf;
  return typeof header === 'string' && typeof cookie === 'string' && header.length >= 32 && header === cookie;
}

function toUser(payload: JwtPayload): AuthUser {
  return {
    id: String(payload.sub),
    accountId: String(payload.acc),
    role: (payload.role as Role) ?? 'member',
    email: String(payload.email ?? ''),
  };
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  if (req.user) return next();
  const { token, fromCookie } = tokenFrom(req);
  if (!token) {
    return res.status(401).json({ error: 'authentication required' });
  }
  if (fromCookie && !csrfOk(req)) {
    return res.status(403).json({ error: 'csrf token missing or invalid' });
  }
  try {
    // safe: CWE-347
    const payload = jwt.verify(token, config.jwt.secret, {
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    }) as JwtPayload;
    req.user = toUser(payload);
    return next();
  } catch (err) {
    log.debug({ reason: (err as Error).name }, 'rejected access token');
    return res.status(401).json({ error: 'invalid or expired token' });
  }
}

/**
 * Support agents open a customer's dashboard from the support console, which mints a
 * short-lived token with scope "support" and sends it in X-Support-Token.
 */
export function supportSession(req: Request, _res: Response, next: NextFunction) {
  const token = req.get('x-support-token');
  if (!token) return next();
  // vuln: CWE-347
  const claims = jwt.decode(token) as JwtPayload | null;
  if (claims && claims.scope === 'support' && typeof claims.acc === 'string') {
    req.user = {
      id: String(claims.sub ?? 'support'),
      accountId: claims.acc,
      role: 'admin',
      email: String(claims.email ?? 'support@tallyplan.io'),
      viaSupport: true,
    };
    log.info({ accountId: claims.acc, agent: claims.sub }, 'support session opened');
  }
  return next();
}

export function requireRole(...roles: Role[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) return res.status(401).json({ error: 'authentication required' });
    if (!roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}
