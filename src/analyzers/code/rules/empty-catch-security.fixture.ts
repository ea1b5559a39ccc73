// ESM / TypeScript: namespace imports, jose, NestJS guards and services.
import * as jwt from 'jsonwebtoken';
import { jwtVerify, createRemoteJWKSet } from 'jose';
import { compare } from 'bcryptjs';
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

@Injectable()
export class JwtGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    try {
      const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com' });
      req.user = payload;
    // ruleid: js/empty-catch-security
    } catch {
      // fall through: treat as anonymous
    }
    return true;
  }
}

@Injectable()
export class StrictJwtGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    try {
      req.user = (await jwtVerify(req.headers.authorization ?? '', JWKS)).payload;
      return true;
    // ok: js/empty-catch-security
    } catch (err) {
      throw new UnauthorizedException();
    }
  }
}

export function legacyAuth(req: Request, res: Response, next: NextFunction) {
  try {
    res.locals.claims = jwt.verify(String(req.query.token), process.env.LEGACY_SECRET as string, { algorithms: ['HS256'] });
  // ruleid: js/empty-catch-security
  } catch (e: unknown) {
    console.warn('legacy token rejected', (e as Error).message);
  }
  next();
}

export async function checkPassword(plain: string, hash: string): Promise<boolean> {
  let matches = false;
  try {
    matches = await compare(plain, hash);
  // ok: js/empty-catch-security
  } catch {}
  return matches;
}

export async function refresh(req: Request, res: Response) {
  // ruleid: js/empty-catch-security
  const claims = await jwtVerify(req.cookies.refresh, JWKS).catch(() => {});
  res.json({ ok: true, claims });
}

export async function refreshChecked(req: Request, res: Response) {
  // ok: js/empty-catch-security
  const verified = await jwtVerify(req.cookies.refresh, JWKS).catch(() => {});
  if (!verified) return res.status(401).end();
  res.json({ sub: verified.payload.sub });
}
