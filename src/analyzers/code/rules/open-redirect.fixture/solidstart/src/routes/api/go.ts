// SolidStart API route: `GET({ request, params }: APIEvent)`; Solid Router's `redirect(url, init)`.
import { redirect } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { sendRedirect, getQuery } from 'vinxi/http';

export async function GET({ request }: APIEvent) {
  const to = new URL(request.url).searchParams.get('to') ?? '/';
  // ruleid: js/open-redirect
  return redirect(to, 302);
}

export async function POST({ request }: APIEvent) {
  const form = await request.formData();
  void form;
  // ok: js/open-redirect
  return redirect('/thanks', { status: 303 });
}

export async function PUT(event: APIEvent) {
  const { next } = getQuery(event.nativeEvent) as { next?: string };
  // ruleid: js/open-redirect
  return sendRedirect(String(next), 302);
}

export async function DELETE(event: APIEvent) {
  // ok: js/open-redirect
  return sendRedirect(event.nativeEvent, '/', 302);
}
