import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { env } from '../config/env';
import type { Role } from '../entities/User';
import { HttpError } from '../utils/HttpError';

interface AccessClaims {
  sub: string;
  role: Role;
}

export function authenticate(req: Request, _res: Response, next: NextFunction) {
  const header = req.header('authorization');
  if (!header?.startsWith('Bearer ')) return next(new HttpError(401, 'Authentication required'));
  try {
    // safe: CWE-347
    const claims = jwt.verify(header.slice(7), env.jwtSecret, { algorithms: ['HS256'] }) as AccessClaims;
    req.user = { sub: claims.sub, role: claims.role };
    return next();
  } catch {
    return next(new HttpError(401, 'Invalid or expired token'));
  }
}

export const requireRole =
  (...roles: Role[]) =>
  (req: Request, _res: Response, next: NextFunction) =>
    req.user && roles.includes(req.user.role) ? next() : next(new HttpError(403, 'Forbidden'));
