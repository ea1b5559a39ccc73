import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/auth/complete') {
    const callbackUrl = searchParams.get('callbackUrl') ?? '/';
    // vuln: CWE-601
    return NextResponse.redirect(new URL(callbackUrl, request.url));
  }
  if (pathname === '/auth/continue') {
    const target = new URL(searchParams.get('callbackUrl') ?? '/', request.url);
    // safe: CWE-601
    if (target.origin !== request.nextUrl.origin) return NextResponse.redirect(new URL('/', request.url));
    // safe: CWE-601
    return NextResponse.redirect(target);
  }
  if (!request.cookies.get('portal_token') && pathname.startsWith('/profile')) {
    // safe: CWE-601
    return NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent(pathname)}`, request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/auth/:path*', '/profile/:path*'] };
