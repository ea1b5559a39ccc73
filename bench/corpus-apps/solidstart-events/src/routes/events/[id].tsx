import { A, createAsync, useParams, useSearchParams, type RouteDefinition } from '@solidjs/router';
import { Show } from 'solid-js';
import EventDescription from '~/components/EventDescription';
import { getEvent } from '~/lib/api/events';

export const route = {
  preload: ({ params }) => getEvent(Number(params.id)),
} satisfies RouteDefinition;

export default function EventPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const event = createAsync(() => getEvent(Number(params.id)));
  return (
    <main>
      <Show when={event()}>
        {(e) => (
          <>
            <img src={`/api/events/${e().id}/artwork`} alt="" width="960" height="540" />
            <EventDescription
              title={e().title}
              venue={e().venue}
              descriptionHtml={e().descriptionHtml}
              summaryHtml={e().summaryHtml}
              full={search.more === '1'}
            />
            <A href={`/checkout/${e().id}`}>Get tickets</A>
          </>
        )}
      </Show>
    </main>
  );
}
