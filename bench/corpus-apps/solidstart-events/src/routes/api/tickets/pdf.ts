import { json } from '@solidjs/router';
import type { APIEvent } from '@solidjs/start/server';
import { readFile } from 'node:fs/promises';
import { findForUser } from '~/lib/server/repositories/order-repository';
import { attendeeSession } from '~/lib/server/session';
import { renderTicketPdf } from '~/lib/server/ticket-service';

export async function POST({ request }: APIEvent) {
  const session = await attendeeSession();
  if (!session.data.userId) return json({ error: 'Sign in first' }, { status: 401 });
  const body = (await request.json()) as { reference?: string; paperSize?: string; footer?: string };
  const order = await findForUser(String(body.reference ?? ''), session.data.userId);
  if (!order) return json({ error: 'Order not found' }, { status: 404 });
  const pdfPath = await renderTicketPdf(order.reference, { paperSize: body.paperSize, footer: body.footer });
  if (!pdfPath) return json({ error: 'Order not found' }, { status: 404 });
  return new Response(await readFile(pdfPath), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${order.reference}.pdf"` },
  });
}
