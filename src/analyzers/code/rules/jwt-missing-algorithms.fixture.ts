import * as jwt from 'jsonwebtoken';
import { jwtVerify } from 'jose';
import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';

interface Claims { sub: string; role: 'user' | 'admin' }

export async function middleware(req: NextRequest) {
  const token = req.cookies.get('session')?.value ?? '';
  try {
    // ruleid: js/jwt-missing-algorithms
    const claims = jwt.verify(token, process.env.JWT_SECRET as string) as Claims;
    if (claims.role !== 'admin') return NextResponse.redirect(new URL('/', req.url));
    return NextResponse.next();
  } catch {
    return NextResponse.redirect(new URL('/login', req.url));
  }
}

export async function edgeVerify(token: string, key: Uint8Array) {
  // ok: js/jwt-missing-algorithms
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
  // ok: js/jwt-missing-algorithms
  const loose = await jwtVerify(token, key);
  return { payload, loose };
}

export function typed(token: string): Claims {
  // ok: js/jwt-missing-algorithms
  return jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS512'] as jwt.Algorithm[] }) as Claims;
}
