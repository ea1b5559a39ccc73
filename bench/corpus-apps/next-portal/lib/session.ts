import jwt, { type JwtPayload } from 'jsonwebtoken';
import { cookies } from 'next/headers';

export interface Session {
  userId: string;
  role: 'admin' | 'customer';
}

export function getSession(): Session | null {
  const token = cookies().get('portal_token')?.value;
  if (!token) return null;
  // The token was signed by our login route, so reading it is enough here.
  // vuln: CWE-347
  const payload = jwt.decode(token) as JwtPayload | null;
  if (!payload?.sub) return null;
  return { userId: payload.sub, role: payload.role === 'admin' ? 'admin' : 'customer' };
}

export function getVerifiedSession(): Session | null {
  const token = cookies().get('portal_token')?.value;
  if (!token) return null;
  try {
    // safe: CWE-347
    const payload = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as JwtPayload;
    return { userId: String(payload.sub), role: payload.role === 'admin' ? 'admin' : 'customer' };
  } catch {
    return null;
  }
}
