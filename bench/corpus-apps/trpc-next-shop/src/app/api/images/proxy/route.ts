import { NextResponse, type NextRequest } from 'next/server';

const RASTER_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif']);

// Seller listings may hot-link images from their own storage; we proxy them so
// the storefront can send a strict img-src and cache them at the edge.
export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src');
  if (!src) return NextResponse.json({ error: 'src is required' }, { status: 400 });

  // vuln: CWE-918
  const upstream = await fetch(src, { headers: { accept: 'image/*' }, next: { revalidate: 3600 } });
  const type = (upstream.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!upstream.ok || !RASTER_TYPES.has(type)) {
    return NextResponse.json({ error: 'upstream is not an image' }, { status: 502 });
  }
  return new NextResponse(upstream.body, {
    headers: { 'content-type': type, 'cache-control': 'public, max-age=86400, immutable' },
  });
}
