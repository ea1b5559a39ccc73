import { NextResponse, type NextRequest } from 'next/server';

// `/api/back?next=/orders/7`: back to a page of this site.
export async function GET(req: NextRequest) {
  const { searchParams, origin } = req.nextUrl;
  const fallback = new URL('/orders', origin);
  let destination = new URL(searchParams.get('next') ?? '/', origin);
  // Another site's URL is replaced by the fallback: what is left has this site's origin.
  if (destination.origin !== origin) destination = fallback;
  // ok: js/open-redirect
  return NextResponse.redirect(destination);
}

export async function POST(req: NextRequest) {
  const { searchParams, origin } = req.nextUrl;
  let destination = new URL(searchParams.get('next') ?? '/', origin);
  // A check of something else leaves `//evil.example` as it was.
  if (destination.pathname === '/') destination = new URL('/orders', origin);
  // ruleid: js/open-redirect
  return NextResponse.redirect(destination);
}
