import type { RequestHandler } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { repos } from '~/lib/server/db';
import { saveBookingAttachment, saveGalleryPhoto } from '~/lib/server/upload-service';

export const onPost: RequestHandler = async ({ parseBody, sharedMap, error, json }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user) throw error(401, 'Sign in first');
  const form = (await parseBody()) as Record<string, unknown>;

  const photo = form['photo'];
  if (photo instanceof File) {
    if (user.clinicId == null || user.role === 'customer') throw error(403, 'Staff only');
    json(201, { url: await saveGalleryPhoto(user.clinicId, photo) });
    return;
  }

  const attachment = form['attachment'];
  const bookingId = Number(form['bookingId']);
  if (attachment instanceof File && Number.isInteger(bookingId)) {
    const booking = await repos.bookings.findById(bookingId, user.id);
    if (!booking) throw error(404, 'Booking not found');
    json(201, { stored: await saveBookingAttachment(booking.id, attachment) });
    return;
  }
  throw error(400, 'Nothing uploaded');
};
