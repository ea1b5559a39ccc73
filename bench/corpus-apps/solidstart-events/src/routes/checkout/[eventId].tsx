import { createAsync, useParams, useSubmission } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { checkoutAction, getEvent } from '~/lib/api/events';

export default function Checkout() {
  const params = useParams();
  const event = createAsync(() => getEvent(Number(params.eventId)));
  const submission = useSubmission(checkoutAction);
  const [count, setCount] = createSignal(1);
  return (
    <main>
      <Show when={event()}>
        {(e) => (
          <form action={checkoutAction} method="post">
            <h1 textContent={`Tickets for ${e().title}`} />
            <input type="hidden" name="eventId" value={e().id} />
            <label>Your e-mail <input name="buyerEmail" type="email" required /></label>
            <label>
              Tickets <input type="number" min="1" max="10" value={count()} onInput={(ev) => setCount(Number(ev.currentTarget.value) || 1)} />
            </label>
            <For each={Array.from({ length: count() })}>
              {() => (
                <fieldset>
                  <input name="holderName" placeholder="Name on ticket" required />
                  <input name="holderEmail" type="email" placeholder="Ticket holder e-mail" />
                </fieldset>
              )}
            </For>
            <input name="promoCode" placeholder="Promo code" />
            <button type="submit" disabled={submission.pending}>Pay</button>
            <Show when={submission.error}>
              <p class="error" textContent={String(submission.error?.message ?? 'Checkout failed')} />
            </Show>
          </form>
        )}
      </Show>
    </main>
  );
}
