import { Show } from 'solid-js';

type Props = {
  title: string;
  venue: string;
  descriptionHtml: string;
  summaryHtml: string;
  full: boolean;
};

export default function EventDescription(props: Props) {
  return (
    <section class="event-description">
      <h2 textContent={props.title} />
      <p class="venue" textContent={props.venue} />
      <Show
        when={props.full}
        fallback={
          <div class="summary" innerHTML={props.summaryHtml} />
        }
      >
        {/* vuln: CWE-79 */}
        <div class="description" innerHTML={props.descriptionHtml} />
      </Show>
    </section>
  );
}
