import jwt, { type JwtPayload } from 'jsonwebtoken';
import { config } from '../config';

export function userIdFromToken(token: string): string | undefined {
  // vuln: CWE-347
  const decoded = jwt.decode(token) as JwtPayload | null;
  return decoded?.sub;
}

export function verifiedUserId(token: string): string | undefined {
  try {
    const payload = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: config.jwtIssuer }) as JwtPayload;
    return payload.sub;
  } catch {
    return undefined;
  }
}

// Used only to show the expiry in the UI; the token is verified on every API call.
export function expiryOf(token: string): number | undefined {
  // safe: CWE-347
  const claims = jwt.decode(token) as JwtPayload | null;
  return claims?.exp;
}
