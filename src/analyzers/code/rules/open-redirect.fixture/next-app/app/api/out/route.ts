import { NextResponse, type NextRequest } from 'next/server';

// (A route folder named like build output, `out`, is a URL segment: still scanned.)
export async function GET(req: NextRequest) {
  const target = req.nextUrl.searchParams.get('url');
  // ok: js/open-redirect
  if (!target) return NextResponse.redirect(new URL('/', req.url));
  // `NextResponse.redirect(url, status)`: the URL is the first argument.
  // ruleid: js/open-redirect
  return NextResponse.redirect(target, 302);
}

export async function POST(req: NextRequest) {
  const next = req.nextUrl.searchParams.get('next') ?? '';
  // A path on this site, built on the request's own origin.
  // ok: js/open-redirect
  return NextResponse.redirect(new URL(`/orders/${encodeURIComponent(next)}`, req.nextUrl.origin), 303);
}

export async function PUT(request: Request) {
  const back = new URL(request.url).searchParams.get('back') ?? '/';
  // The fetch API's static Response.redirect(url, status).
  // ruleid: js/open-redirect
  return Response.redirect(back, 302);
}
