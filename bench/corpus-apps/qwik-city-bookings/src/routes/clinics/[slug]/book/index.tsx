import { component$ } from '@builder.io/qwik';
import { Form, routeAction$, routeLoader$, z, zod$ } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { createBooking } from '~/lib/server/booking-service';
import { clinicBySlug } from '~/lib/server/clinic-service';
import { deliverBookingEvent } from '~/lib/server/webhook-service';
import { paymentWebhookKey } from '~/lib/server/config';
import { PHONE_STRICT } from '~/lib/validators';

export const useBookingClinic = routeLoader$(async ({ params, sharedMap, redirect, url, error }) => {
  if (!sharedMap.get('user')) throw redirect(302, `/login?next=${encodeURIComponent(url.pathname)}`);
  const clinic = await clinicBySlug(params.slug);
  if (!clinic) throw error(404, 'Clinic not found');
  return clinic;
});

export const useBook = routeAction$(
  async (data, { params, sharedMap, url, env, redirect, fail }) => {
    const user = sharedMap.get('user') as SessionUser | undefined;
    if (!user) return fail(401, { message: 'Please sign in' });
    const clinic = await clinicBySlug(params.slug);
    if (!clinic) return fail(404, { message: 'Clinic not found' });
    const id = await createBooking(user, clinic, data, url.origin);
    await deliverBookingEvent(clinic, 'booking.created', { id, startsAt: data.startsAt }, paymentWebhookKey(env));
    throw redirect(303, `/bookings/${id}`);
  },
  zod$({
    serviceName: z.string().min(1).max(80),
    startsAt: z.string().datetime({ offset: true }),
    phone: z.string().max(20).regex(PHONE_STRICT),
    notes: z.string().max(500).default(''),
  }),
);

export default component$(() => {
  const clinic = useBookingClinic();
  const book = useBook();
  return (
    <Form action={book}>
      <h1>Book at {clinic.value.name}</h1>
      <input name="serviceName" placeholder="Service" />
      <input name="startsAt" type="datetime-local" />
      <input name="phone" type="tel" />
      <textarea name="notes" maxLength={500} />
      {book.value?.failed && <p class="error">{book.value.message ?? 'Please check the form'}</p>}
      <button>Confirm booking</button>
    </Form>
  );
});
