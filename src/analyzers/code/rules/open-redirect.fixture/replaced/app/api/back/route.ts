import { NextResponse, type NextRequest } from 'next/server';

const HOME = 'https://shop.example.com';

export async function GET(req: NextRequest) {
  const fallback = new URL('/orders', HOME);
  let destination = new URL(req.nextUrl.searchParams.get('next') ?? '/', HOME);
  if (destination.origin !== HOME) destination = fallback;
  // ok: js/open-redirect
  return NextResponse.redirect(destination);
}

export async function POST(req: NextRequest) {
  const destination = new URL(req.nextUrl.searchParams.get('next') ?? '/', HOME);
  // ruleid: js/open-redirect
  return NextResponse.redirect(destination);
}

export async function PUT(req: NextRequest) {
  // The request's own origin: a page of this site.
  const { origin } = req.nextUrl;
  // ok: js/open-redirect
  return NextResponse.redirect(new URL('/api/auth/signin', origin));
}
