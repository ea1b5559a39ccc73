// decode next to verify (reading the kid to pick the key) is the safe pattern.
import jwt, { type JwtPayload } from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
import type { Request, Response, NextFunction } from 'express';

const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });

export async function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.slice(7) ?? '';
  // ok: js/jwt-decode-without-verify
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.sendStatus(401);
  const key = await client.getSigningKey(decoded.header.kid);
  // ok: js/jwt-decode-without-verify
  const claims = jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] }) as JwtPayload;
  if (claims.scope !== 'api') return res.sendStatus(403);
  (req as Request & { user?: JwtPayload }).user = claims;
  next();
}
