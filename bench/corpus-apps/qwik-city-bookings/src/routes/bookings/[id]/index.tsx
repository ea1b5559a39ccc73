import { component$ } from '@builder.io/qwik';
import { Form, routeAction$, routeLoader$, z, zod$ } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { cancelBooking, rescheduleBooking } from '~/lib/server/booking-service';
import { repos } from '~/lib/server/db';

export const useBooking = routeLoader$(async ({ params, sharedMap, redirect, error }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user) throw redirect(302, '/login');
  const booking = await repos.bookings.findById(Number(params.id), user.id);
  if (!booking) throw error(404, 'Booking not found');
  return booking;
});

export const useCancel = routeAction$(
  async (data, { params, sharedMap, fail }) => {
    const user = sharedMap.get('user') as SessionUser | undefined;
    if (!user) return fail(401, { message: 'Please sign in' });
    await cancelBooking(user, Number(params.id), data.reason);
    return { cancelled: true };
  },
  zod$({ reason: z.string() }),
);

export const useReschedule = routeAction$(
  async (data, { params, sharedMap, fail }) => {
    const user = sharedMap.get('user') as SessionUser | undefined;
    if (!user) return fail(401, { message: 'Please sign in' });
    await rescheduleBooking(user, Number(params.id), data.startsAt);
    return { rescheduled: true };
  },
  zod$({ startsAt: z.string().datetime({ offset: true }) }),
);

export default component$(() => {
  const booking = useBooking();
  const cancel = useCancel();
  const reschedule = useReschedule();
  return (
    <section>
      <h1>{booking.value.serviceName}</h1>
      <p>{new Date(booking.value.startsAt).toLocaleString('en-GB')}</p>
      <p class="notes">{booking.value.notes}</p>
      <a href={`/api/bookings/${booking.value.id}/export?format=ics&tz=Europe/London`}>Add to calendar</a>
      <Form action={reschedule}>
        <input name="startsAt" type="datetime-local" />
        <button>Move</button>
      </Form>
      <Form action={cancel}>
        <input name="reason" placeholder="Reason (optional)" />
        <button>Cancel booking</button>
      </Form>
      {cancel.value?.cancelled && <p>Booking cancelled.</p>}
    </section>
  );
});
