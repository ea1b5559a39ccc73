import jwt, { SignOptions } from 'jsonwebtoken';
import * as jose from 'jose';

// ruleid: js/jwt-hardcoded-secret
const ACCESS_TOKEN_SECRET = 'access-token-secret-for-dev';
const REFRESH_SECRET = process.env.REFRESH_SECRET as string;

export function issueAccessToken(userId: string): string {
  const options: SignOptions = { expiresIn: '15m', algorithm: 'HS256' };
  return jwt.sign({ sub: userId }, ACCESS_TOKEN_SECRET, options);
}

export function issueRefreshToken(userId: string): string {
  // ok: js/jwt-hardcoded-secret
  return jwt.sign({ sub: userId }, REFRESH_SECRET, { expiresIn: '30d', algorithm: 'HS256' });
}

export function issueServiceToken(service: string): string {
  // ruleid: js/jwt-hardcoded-secret
  return jwt.sign({ svc: service }, 'internal-service-shared-secret', { expiresIn: '5m' });
}

export function issueUnsignedDebugToken(userId: string): string {
  // ruleid: js/jwt-none-algorithm
  return jwt.sign({ sub: userId, debug: true }, '', { algorithm: 'none' });
}

export function readRefreshToken(token: string) {
  // ruleid: js/jwt-missing-algorithms
  return jwt.verify(token, REFRESH_SECRET) as { sub: string };
}

export async function readIdToken(token: string) {
  // ruleid: js/jwt-decode-without-verify
  const claims = jose.decodeJwt(token);
  return { userId: claims.sub as string, email: claims.email as string };
}

const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function readIdTokenVerified(token: string) {
  // ok: js/jwt-decode-without-verify
  const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/', audience: 'web' });
  return { userId: payload.sub as string };
}
