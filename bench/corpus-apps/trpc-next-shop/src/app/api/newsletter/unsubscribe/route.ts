import jwt from 'jsonwebtoken';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '~/env';
import { escapeHtml } from '~/lib/html';
import { db } from '~/server/db';

interface UnsubscribeClaims {
  email: string;
  list: string;
}

// One-click unsubscribe link from the footer of every newsletter.
export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token') ?? '';
  let claims: UnsubscribeClaims;
  try {
    // safe: CWE-347
    claims = jwt.verify(token, env.NEWSLETTER_SECRET, { algorithms: ['HS256'] }) as UnsubscribeClaims;
  } catch {
    return new NextResponse('This unsubscribe link is no longer valid.', { status: 400 });
  }

  await db.newsletterSubscription.deleteMany({ where: { email: claims.email, list: claims.list } });
  const email = escapeHtml(claims.email);
  const list = escapeHtml(claims.list);
  // safe: CWE-79
  return new NextResponse(`<!doctype html><html><head><title>Unsubscribed</title></head><body><main><h1>You are unsubscribed</h1><p>${email} will no longer receive the ${list} newsletter.</p></main></body></html>`, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
