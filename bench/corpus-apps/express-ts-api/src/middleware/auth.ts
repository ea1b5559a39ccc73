import type { NextFunction, Request, Response } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { config } from '../config';

export interface AuthedRequest extends Request {
  user?: { id: string; role: string; teamId: number };
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

// Internal dashboard: the gateway already checked the signature, so we only read the claims.
export function authenticate(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  // vuln: CWE-347
  const decoded = jwt.decode(token) as JwtPayload | null;
  if (!decoded || !decoded.sub) return res.status(401).json({ error: 'invalid token' });
  req.user = { id: decoded.sub, role: decoded.role, teamId: Number(decoded.team) };
  return next();
}

export function authenticateStrict(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    // safe: CWE-347
    const payload = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: config.jwtIssuer }) as JwtPayload;
    req.user = { id: String(payload.sub), role: payload.role, teamId: Number(payload.team) };
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export function requireRole(role: string) {
  return (req: AuthedRequest, res: Response, next: NextFunction) =>
    req.user?.role === role ? next() : res.status(403).json({ error: 'forbidden' });
}
