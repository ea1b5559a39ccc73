// app/api/preview/route.ts — renders a small HTML preview card
import { NextRequest } from 'next/server';
import { redirect } from 'next/navigation';
import escapeHtml from 'escape-html';

export async function GET(request: NextRequest) {
  const title = request.nextUrl.searchParams.get('title') ?? '';
  const html = `<!doctype html><html><body><h1>${title}</h1></body></html>`;
  // ruleid: js/xss
  return new Response(html, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const title = escapeHtml(String(form.get('title') ?? ''));
  // ok: js/xss
  return new Response(`<h1>${title}</h1>`, { headers: { 'Content-Type': 'text/html' } });
}

export async function PUT(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/';
  // ruleid: js/open-redirect
  redirect(next);
}
