import { NextResponse, type NextRequest } from 'next/server';
import { escapeHtml } from '~/lib/html';
import { db } from '~/server/db';

const BADGE_CSS = 'body{margin:0;font:14px system-ui}.badge{display:flex;gap:6px;padding:6px 10px;border:1px solid #ddd;border-radius:6px}';

// Sellers paste <iframe src="https://shop.acme.example/api/embed/badge?seller=…&label=…"> on their sites.
export async function GET(req: NextRequest) {
  const sellerId = req.nextUrl.searchParams.get('seller') ?? '';
  const label = req.nextUrl.searchParams.get('label') ?? 'Verified Acme seller';
  const seller = await db.seller.findUnique({ where: { id: sellerId }, select: { displayName: true, rating: true } });
  if (!seller) return new NextResponse('Unknown seller', { status: 404 });

  const rating = seller.rating !== null ? `${seller.rating.toFixed(1)} ★` : 'new';
  // vuln: CWE-79
  return new NextResponse(`<!doctype html><html><head><style>${BADGE_CSS}</style></head><body><div class="badge"><strong>${escapeHtml(seller.displayName)}</strong><span>${label}</span><em>${rating}</em></div></body></html>`, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=600' } });
}
