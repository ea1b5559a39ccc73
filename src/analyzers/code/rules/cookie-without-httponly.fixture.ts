// Next.js route handler: cookies().set writes a plain Set-Cookie header.
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { email, password } = await request.json();
  const token = await createSession(email, password);
  // ruleid: js/cookie-without-httponly
  cookies().set('auth-token', token, { secure: true, sameSite: 'lax', path: '/' });
  const response = NextResponse.json({ ok: true });
  // ok: js/cookie-without-httponly
  response.cookies.set('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js/cookie-without-httponly
  response.cookies.set('onboarding-step', '2');
  return response;
}

declare function createSession(email: string, password: string): Promise<string>;
