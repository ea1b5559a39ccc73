// A JWT's payload decoded by hand (the middle segment, base64) is as unverified as jwt.decode().
import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

function readClaims(token: string): { sub: string; role: string } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  // ruleid: js/jwt-decode-without-verify
  return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const claims = readClaims(String(req.headers.authorization).slice(7));
  if (!claims || claims.role !== 'admin') return res.status(403).end();
  next();
}

export function verifiedClaims(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization).slice(7);
  jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] });
  // ok: js/jwt-decode-without-verify
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  if (claims.role !== 'admin') return res.status(403).end();
  next();
}

export function headerOf(token: string) {
  // ok: js/jwt-decode-without-verify
  return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
}
