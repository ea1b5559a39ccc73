import { createAsync, useParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { addDiscountRule, myEvent, saveDescription, uploadArtwork, uploadBanner } from '~/lib/api';

export default function EditEvent() {
  const params = useParams();
  const event = createAsync(() => myEvent(Number(params.id)));
  const artwork = useSubmission(uploadArtwork);
  return (
    <main>
      <Show when={event()}>
        {(e) => (
          <>
            <h1 textContent={e().title} />
            <form action={saveDescription} method="post">
              <input type="hidden" name="eventId" value={e().id} />
              <textarea name="descriptionHtml" rows="12">{e().descriptionHtml}</textarea>
              <button type="submit">Save description</button>
            </form>

            <form action={uploadArtwork} method="post" enctype="multipart/form-data">
              <input type="hidden" name="eventId" value={e().id} />
              <input type="file" name="artwork" accept="image/*" />
              <select name="thumbSize">
                <option value="480x270">Small</option>
                <option value="960x540">Large</option>
              </select>
              <button type="submit" disabled={artwork.pending}>Upload artwork</button>
            </form>

            <form action={uploadBanner} method="post" enctype="multipart/form-data">
              <input type="hidden" name="eventId" value={e().id} />
              <input type="file" name="banner" accept="image/png,image/jpeg,image/webp" />
              <input type="number" name="edge" value="256" min="32" max="1024" />
              <button type="submit">Upload square banner</button>
            </form>

            <form action={addDiscountRule} method="post">
              <input type="hidden" name="eventId" value={e().id} />
              <input name="label" placeholder="Label or promo code" />
              <select name="kind">
                <option value="promo">Promo code</option>
                <option value="bulk">Group size</option>
                <option value="custom">Custom rule (advanced)</option>
              </select>
              <input name="condition" placeholder="order.quantity >= 4 && order.email.endsWith('@uni.ac.uk')" />
              <input name="percentOff" type="number" min="0" max="100" />
              <input name="minQuantity" type="number" min="1" />
              <button type="submit">Add discount</button>
            </form>
          </>
        )}
      </Show>
    </main>
  );
}
