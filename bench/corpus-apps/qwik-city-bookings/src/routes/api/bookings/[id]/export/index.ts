import type { RequestHandler } from '@builder.io/qwik-city';
import { readFile } from 'node:fs/promises';
import type { SessionUser } from '~/lib/server/auth-service';
import { repos } from '~/lib/server/db';
import { bookingIcs, bookingPdf } from '~/lib/server/export-service';

// /api/bookings/42/export?format=ics&tz=Europe/London  |  ?format=pdf&paper=A5
export const onGet: RequestHandler = async ({ params, query, sharedMap, error, send }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user) throw error(401, 'Sign in first');
  const booking = await repos.bookings.findById(Number(params.id), user.id);
  if (!booking) throw error(404, 'Not found');

  if (query.get('format') === 'pdf') {
    const pdf = await bookingPdf(booking, query.get('paper') ?? 'A4');
    send(new Response(await readFile(pdf), { headers: { 'content-type': 'application/pdf' } }));
    return;
  }
  const file = await bookingIcs(booking, query.get('tz') ?? 'UTC');
  send(
    new Response(await readFile(file), {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="booking-${booking.id}.ics"`,
      },
    }),
  );
};
