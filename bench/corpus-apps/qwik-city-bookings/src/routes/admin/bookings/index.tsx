import { component$ } from '@builder.io/qwik';
import { Link, routeLoader$ } from '@builder.io/qwik-city';
import { clinicBookings } from '~/lib/server/booking-service';
import { repos } from '~/lib/server/db';

export const useClinicBookings = routeLoader$(async ({ sharedMap, query }) => {
  const clinicId = sharedMap.get('staffClinicId') as number;
  const [bookings, stats] = await Promise.all([
    clinicBookings(clinicId, query.get('sort') ?? 'date', query.get('dir') ?? 'asc'),
    repos.clinics.dashboardStats(clinicId),
  ]);
  return { bookings, today: Number(stats?.['today'] ?? 0), cancelled: Number(stats?.['cancelled'] ?? 0) };
});

export default component$(() => {
  const data = useClinicBookings();
  return (
    <section>
      <h1>Bookings</h1>
      <p>
        {data.value.today} today · {data.value.cancelled} cancelled
      </p>
      <p>
        <Link href="?sort=date">By date</Link> · <Link href="?sort=customer">By customer</Link> · <Link href="?sort=service">By service</Link>
      </p>
      <ul>
        {data.value.bookings.map((b) => (
          <li key={b.id}>
            {b.serviceName} · {b.startsAt} · {b.phone} · {b.status}
            <p class="notes">{b.notes}</p>
          </li>
        ))}
      </ul>
    </section>
  );
});
