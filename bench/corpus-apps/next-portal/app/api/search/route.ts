import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '../../../lib/prisma';

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  const products = await prisma.product.findMany({ where: { name: { contains: q } }, take: 20 });
  if (request.headers.get('accept')?.includes('application/json')) {
    // safe: CWE-79
    return NextResponse.json({ q, products });
  }
  const items = products.map((p) => `<li>${p.name.replace(/</g, '&lt;')}</li>`).join('');
  // vuln: CWE-79
  return new Response(`<html><body><h1>Results for ${q}</h1><ul>${items}</ul></body></html>`, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
