import { A, createAsync, useSearchParams, type RouteDefinition } from '@solidjs/router';
import { For } from 'solid-js';
import { myEvents } from '~/lib/api';

export const route = {
  preload: ({ location }) => myEvents(String(location.query.sort ?? 'date'), String(location.query.dir ?? 'asc')),
} satisfies RouteDefinition;

export default function OrganiserHome() {
  const [params, setParams] = useSearchParams();
  const events = createAsync(() =>
    myEvents(String(params.sort ?? 'date'), String(params.dir ?? 'asc'), params.title as string | undefined),
  );
  return (
    <main>
      <h1>Your events</h1>
      <select onChange={(e) => setParams({ sort: e.currentTarget.value })}>
        <option value="date">Date</option>
        <option value="title">Title</option>
        <option value="price">Price</option>
        <option value="capacity">Capacity</option>
      </select>
      <ul>
        <For each={events()}>
          {(e) => (
            <li>
              <A href={`/organiser/events/${e.id}`} textContent={e.title} />
            </li>
          )}
        </For>
      </ul>
      <A href="/organiser/settings">Settings</A>
    </main>
  );
}
