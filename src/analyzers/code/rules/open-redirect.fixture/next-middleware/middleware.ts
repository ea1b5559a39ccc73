import { NextResponse, type NextRequest } from 'next/server';

// The base path and build id of `nextUrl` come from next.config.js, not from the request.
export function middleware(req: NextRequest) {
  const { basePath, origin } = req.nextUrl;
  const signIn = new URL(`${basePath}/login`, origin);
  // ok: js/open-redirect
  if (!req.cookies.get('session')) return NextResponse.redirect(signIn);
  // ok: js/open-redirect
  if (req.nextUrl.pathname === '/old') return NextResponse.redirect(`${req.nextUrl.basePath}/new`);
  const next = req.nextUrl.searchParams.get('next');
  // ruleid: js/open-redirect
  if (next) return NextResponse.redirect(next);
  return NextResponse.next();
}
