import type { RequestHandler } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { repos } from '~/lib/server/db';
import { readBookingAttachment, readBrandAsset, readGalleryPhoto } from '~/lib/server/upload-service';

export const onGet: RequestHandler = async ({ query, sharedMap, error, send }) => {
  const clinic = Number(query.get('clinic'));
  const name = query.get('name');
  if (Number.isInteger(clinic) && name) {
    const bytes = await readGalleryPhoto(clinic, name);
    send(new Response(bytes, { headers: { 'content-type': 'application/octet-stream', 'cache-control': 'public, max-age=3600' } }));
    return;
  }

  const asset = query.get('asset');
  if (Number.isInteger(clinic) && asset) {
    send(new Response(await readBrandAsset(clinic, asset), { headers: { 'content-type': asset.endsWith('.css') ? 'text/css' : 'image/png' } }));
    return;
  }

  const user = sharedMap.get('user') as SessionUser | undefined;
  const bookingId = Number(query.get('booking'));
  const stored = query.get('file');
  if (!user || !stored) throw error(400, 'Missing parameters');
  const booking = await repos.bookings.findById(bookingId, user.id);
  if (!booking) throw error(404, 'Not found');
  send(new Response(await readBookingAttachment(booking.id, stored), { headers: { 'content-type': 'application/octet-stream' } }));
};
