import type { APIEvent } from '@solidjs/start/server';
import { eventPage } from '~/lib/server/event-service';
import { escapeHtml } from '~/lib/server/html';
import { env } from '~/lib/env';

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export async function GET({ request, params }: APIEvent) {
  const event = await eventPage(Number(params.eventId));
  if (!event) return new Response('Not found', { status: 404 });
  const query = new URL(request.url).searchParams;
  const accent = HEX_COLOUR.test(query.get('accent') ?? '') ? query.get('accent')! : '#5b21b6';
  const heading = query.get('heading') ?? 'Get your tickets';
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>a{background:${accent}}</style></head><body>
<h2>${heading}</h2>
<p>${escapeHtml(event.title)} · ${escapeHtml(event.venue)}</p>
<a href="${env.PUBLIC_BASE_URL}/checkout/${event.id}" target="_top">Buy tickets</a>
</body></html>`;
  // vuln: CWE-79
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
