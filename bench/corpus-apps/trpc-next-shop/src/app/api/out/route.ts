import { NextResponse, type NextRequest } from 'next/server';
import { db } from '~/server/db';

// Affiliate links in newsletters: /api/out?partner=acme-outdoor&url=https://partner.example/deal
export async function GET(req: NextRequest) {
  const target = req.nextUrl.searchParams.get('url');
  const partner = req.nextUrl.searchParams.get('partner') ?? 'unknown';
  if (!target) return NextResponse.redirect(new URL('/', req.url));

  await db.affiliateClick.create({ data: { partner: partner.slice(0, 64), target: target.slice(0, 2048) } }).catch(() => undefined);
  // vuln: CWE-601
  return NextResponse.redirect(target, 302);
}
