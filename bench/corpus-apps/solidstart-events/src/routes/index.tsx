import { A, createAsync, useSearchParams } from '@solidjs/router';
import { For } from 'solid-js';
import { searchEvents } from '~/lib/api/events';

type Props = {
  id: number;
  title: string;
  city: string;
  venue?: string;
  startsAt: string | Date;
  priceCents: number;
};

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

function EventCard(props: Props) {
  return (
    <article class="event-card">
      <A href={`/events/${props.id}`}>
        <h3 textContent={props.title} />
      </A>
      <p>
        <span textContent={props.city} /> · <time>{new Date(props.startsAt).toLocaleDateString('en-GB')}</time>
      </p>
      <p class="price">{money.format(props.priceCents / 100)}</p>
    </article>
  );
}

export default function Home() {
  const [params] = useSearchParams();
  const results = createAsync(() =>
    searchEvents({ q: params.q as string | undefined, venue: params.venue as string | undefined, city: params.city as string | undefined }),
  );
  return (
    <main>
      <form method="get" class="search">
        <input name="q" placeholder="Search events" value={(params.q as string) ?? ''} />
        <input name="venue" placeholder="Venue" value={(params.venue as string) ?? ''} />
        <input name="city" placeholder="City" value={(params.city as string) ?? ''} />
        <button type="submit">Search</button>
      </form>
      <For each={results() as any[]}>
        {(e) => <EventCard id={e.id} title={e.title} city={e.city} startsAt={e.starts_at} priceCents={e.price_cents} />}
      </For>
    </main>
  );
}
