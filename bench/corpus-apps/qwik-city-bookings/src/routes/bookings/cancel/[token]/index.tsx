import { component$ } from '@builder.io/qwik';
import { routeLoader$ } from '@builder.io/qwik-city';
import { repos } from '~/lib/server/db';

export const useCancelByLink = routeLoader$(async ({ params }) => {
  const ok = await repos.bookings.cancelByToken(params.token);
  return { ok };
});

export default component$(() => {
  const result = useCancelByLink();
  return <p>{result.value.ok ? 'Your booking has been cancelled.' : 'This link has expired or was already used.'}</p>;
});
