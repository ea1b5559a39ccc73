import { createAsync, query, redirect, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { findForUser } from '~/lib/server/repositories/order-repository';
import { ticketsForOrder } from '~/lib/server/repositories/ticket-repository';
import { attendeeSession } from '~/lib/server/session';

const getOrder = query(async (reference: string) => {
  'use server';
  const session = await attendeeSession();
  if (!session.data.userId) throw redirect(`/login?returnTo=${encodeURIComponent(`/tickets/${reference}`)}`);
  const order = await findForUser(reference, session.data.userId);
  if (!order) return null;
  return { order, tickets: await ticketsForOrder(order.id) };
}, 'order');

export default function OrderTickets() {
  const params = useParams();
  const data = createAsync(() => getOrder(params.reference));
  return (
    <main>
      <Show when={data()} fallback={<p>Order not found.</p>}>
        {(d) => (
          <>
            <h1 textContent={`Order ${d().order.reference}`} />
            <ul>
              <For each={d().tickets}>{(t) => <li textContent={`${t.holderName} — ${t.code}`} />}</For>
            </ul>
          </>
        )}
      </Show>
    </main>
  );
}
