import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { redeemOffline, validateTicket } from '~/lib/server/ticket-service';
import { doorSearch } from '~/lib/server/event-service';

export async function POST({ request, locals }: APIEvent) {
  if (!locals.scanner) return json({ error: 'Scanner token required' }, { status: 401 });
  const body = (await request.json()) as { token?: string; offline?: boolean };
  const token = String(body.token ?? '');
  if (body.offline) {
    return json(await redeemOffline(token, locals.scanner.eventId));
  }
  return json(await validateTicket(token, locals.scanner.eventId));
}

export async function GET({ request, locals }: APIEvent) {
  if (!locals.scanner) return json({ error: 'Scanner token required' }, { status: 401 });
  const name = new URL(request.url).searchParams.get('name') ?? '';
  return json(await doorSearch(locals.scanner.eventId, name.slice(0, 80)));
}
