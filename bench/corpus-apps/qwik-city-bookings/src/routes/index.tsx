import { component$ } from '@builder.io/qwik';
import { Form, routeLoader$, type DocumentHead } from '@builder.io/qwik-city';
import { ClinicCard } from '~/components/clinic-card';
import { findClinics } from '~/lib/server/clinic-service';

export const useClinics = routeLoader$(async ({ query }) => {
  const city = query.get('city');
  const name = query.get('name');
  return { city: city ?? '', name: name ?? '', clinics: await findClinics({ city, name }) };
});

export default component$(() => {
  const data = useClinics();
  return (
    <section>
      <h1>Book a clinic or salon near you</h1>
      <Form>
        <input name="city" placeholder="City" value={data.value.city} />
        <input name="name" placeholder="Clinic name" value={data.value.name} />
        <button>Search</button>
      </Form>
      {data.value.clinics.map((c) => (
        <ClinicCard key={c.id} clinic={c} />
      ))}
    </section>
  );
});

export const head: DocumentHead = { title: 'Find an appointment' };
