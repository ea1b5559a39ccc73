import { action, query, redirect } from '@solidjs/router';
import { getRequestEvent } from 'solid-js/web';
import { browse, eventPage, resendLookup } from '~/lib/server/event-service';
import { checkout } from '~/lib/server/order-service';
import { attendeeSession } from '~/lib/server/session';
import { sendOrderMail } from '~/lib/server/email-service';

export const getEvent = query(async (id: number) => {
  'use server';
  const event = await eventPage(Number(id));
  if (!event) throw redirect('/404');
  return event;
}, 'event');

export const searchEvents = query(async (filters: { q?: string; venue?: string; city?: string }) => {
  'use server';
  const rows = await browse({
    q: filters.q?.slice(0, 100),
    venue: filters.venue?.slice(0, 100),
    city: filters.city?.slice(0, 60),
  });
  return [...rows];
}, 'search-events');

export const resendTickets = action(async (formData: FormData) => {
  'use server';
  const email = String(formData.get('email') ?? '');
  const found = await resendLookup(email);
  if (found.length > 0) {
    await sendOrderMail(email, {
      buyerName: found[0].holderName,
      eventTitle: 'your upcoming events',
      reference: '',
      tickets: found.map((t) => ({ holderName: t.holderName, code: t.code })),
    });
  }
  return { sent: true };
}, 'resend-tickets');

export const checkoutAction = action(async (formData: FormData) => {
  'use server';
  const event = getRequestEvent();
  const session = await attendeeSession();
  const names = formData.getAll('holderName').map(String);
  const emails = formData.getAll('holderEmail').map(String);
  const reference = await checkout({
    eventId: Number(formData.get('eventId')),
    buyerEmail: String(formData.get('buyerEmail') ?? '').trim(),
    holders: names.map((name, i) => ({ name, email: emails[i] ?? '' })),
    promoCode: String(formData.get('promoCode') ?? '').toUpperCase() || undefined,
    userId: session.data.userId,
  });
  event?.response.headers.set('Cache-Control', 'no-store');
  throw redirect(`/tickets/${encodeURIComponent(reference)}`);
}, 'checkout');
