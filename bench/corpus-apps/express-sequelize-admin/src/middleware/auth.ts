import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config';
import { verifyApiKey } from '../services/credentials';

export interface ConsoleUser {
  id: number;
  email: string;
  role: 'owner' | 'admin' | 'support';
}

declare module 'express-session' {
  interface SessionData {
    user?: ConsoleUser;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      actor?: ConsoleUser | { apiKeyId: number; role: 'automation' };
    }
  }
}

/** Browser pages: cookie session set by AuthController.login. */
export function requireSession(req: Request, res: Response, next: NextFunction) {
  if (!req.session.user) {
    return res.redirect(`/login?next=${encodeURIComponent(req.originalUrl)}`);
  }
  req.actor = req.session.user;
  next();
}

export function requireRole(...roles: ConsoleUser['role'][]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = req.session.user;
    if (!user || !roles.includes(user.role)) {
      return res.status(403).render('error', { message: 'You do not have access to this page.' });
    }
    next();
  };
}

/**
 * /api: either an API key (CI jobs) or a bearer token minted by the SSO bridge. Tokens are long
 * lived on purpose: the on-call dashboard keeps one open for the whole shift.
 */
export async function requireApiAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization') ?? '';
  const key = req.get('x-api-key');
  try {
    if (key) {
      const record = await verifyApiKey(key);
      if (!record) return res.status(401).json({ error: 'invalid api key' });
      req.actor = { apiKeyId: record.id, role: 'automation' };
      return next();
    }
    if (header.startsWith('Bearer ')) {
      const claims = jwt.verify(header.slice(7), config.jwtSecret, {
        algorithms: ['HS256'],
        // vuln: CWE-613
        ignoreExpiration: true,
      }) as jwt.JwtPayload & ConsoleUser;
      req.actor = { id: Number(claims.sub), email: claims.email, role: claims.role };
      return next();
    }
    res.status(401).json({ error: 'authentication required' });
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}
