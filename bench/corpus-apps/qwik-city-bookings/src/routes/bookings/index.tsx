import { component$ } from '@builder.io/qwik';
import { Link, routeLoader$ } from '@builder.io/qwik-city';
import type { SessionUser } from '~/lib/server/auth-service';
import { myBookings } from '~/lib/server/booking-service';

export const useMyBookings = routeLoader$(async ({ sharedMap, query, redirect }) => {
  const user = sharedMap.get('user') as SessionUser | undefined;
  if (!user) throw redirect(302, '/login?next=/bookings');
  const sort = query.get('sort') ?? 'starts_at';
  const dir = query.get('dir') ?? 'desc';
  return myBookings(user, sort, dir);
});

export default component$(() => {
  const bookings = useMyBookings();
  return (
    <section>
      <h1>My bookings</h1>
      <p>
        Sort: <Link href="?sort=starts_at">date</Link> · <Link href="?sort=service_name">service</Link>
      </p>
      <ul>
        {bookings.value.map((b) => (
          <li key={b.id}>
            <Link href={`/bookings/${b.id}`}>{b.serviceName}</Link> — {new Date(b.startsAt).toLocaleString('en-GB')} ({b.status})
          </li>
        ))}
      </ul>
    </section>
  );
});
