import { component$ } from '@builder.io/qwik';
import { Link, routeLoader$, type DocumentHead } from '@builder.io/qwik-city';
import { ClinicCard } from '~/components/clinic-card';
import { ReviewList } from '~/components/review-list';
import { clinicBySlug, openingHoursForClinic } from '~/lib/server/clinic-service';
import { plainTextToHtml } from '~/lib/server/html';
import { reviewsForClinic } from '~/lib/server/repositories/review-repository';

export const useClinic = routeLoader$(async ({ params, query, error }) => {
  const clinic = await clinicBySlug(params.slug);
  if (!clinic) throw error(404, 'Clinic not found');
  const minRating = Math.min(Math.max(Number(query.get('minRating') ?? 1) || 1, 1), 5);
  const [hours, reviews] = await Promise.all([openingHoursForClinic(clinic), reviewsForClinic(clinic.id, minRating)]);
  return {
    clinic,
    hours: hours.map((h) => ({ weekday: Number(h['weekday']), opens: String(h['opens']), closes: String(h['closes']) })),
    reviews: reviews.map((r) => ({ author: r.author, service: r.service, rating: r.rating, bodyHtml: plainTextToHtml(r.body) })),
  };
});

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export default component$(() => {
  const data = useClinic();
  const { clinic } = data.value;
  return (
    <section>
      <ClinicCard clinic={clinic} full />
      <table class="hours">
        {data.value.hours.map((h) => (
          <tr key={h.weekday}>
            <th>{DAYS[h.weekday]}</th>
            <td>
              {h.opens}–{h.closes}
            </td>
          </tr>
        ))}
      </table>
      <Link class="button" href={`/clinics/${encodeURIComponent(clinic.slug)}/book`}>
        Book now
      </Link>
      <h2>Reviews</h2>
      <ReviewList reviews={data.value.reviews} />
    </section>
  );
});

export const head: DocumentHead = ({ resolveValue }) => {
  const data = resolveValue(useClinic);
  return { title: data.clinic.name, meta: [{ name: 'description', content: `Book at ${data.clinic.name}, ${data.clinic.city}` }] };
};
