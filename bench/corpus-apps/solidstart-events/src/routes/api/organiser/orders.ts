import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { organiserOrders, organiserSales } from '~/lib/server/order-service';
import { ISO_DATE } from '~/lib/server/validators';

export async function GET({ request, locals }: APIEvent) {
  if (!locals.organiser) return json({ error: 'Unauthorized' }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const eventId = Number(params.get('eventId'));
  if (Number.isInteger(eventId) && eventId > 0) {
    return json(await organiserSales(locals.organiser.id, eventId, params.get('status') ?? 'paid'));
  }
  const from = params.get('from') ?? '';
  const rows = await organiserOrders(locals.organiser.id, params.get('status') ?? 'all', ISO_DATE.test(from) ? from : '2000-01-01');
  return json(rows);
}
