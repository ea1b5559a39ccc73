import { useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { previewTemplate, saveTemplate, saveWebhookUrl, sendTestWebhook } from '~/lib/api';

export default function OrganiserSettings() {
  const test = useSubmission(sendTestWebhook);
  const preview = useSubmission(previewTemplate);
  return (
    <main>
      <h1>Settings</h1>
      <section>
        <h2>Order webhook</h2>
        <form method="post">
          <input name="webhookUrl" type="url" placeholder="https://hooks.slack.com/services/…" />
          <button type="submit" formAction={saveWebhookUrl}>Save</button>
          <button type="submit" formAction={sendTestWebhook}>Send test event</button>
        </form>
        <Show when={test.result && !(test.result instanceof Error)}>
          <pre textContent={JSON.stringify(test.result, null, 2)} />
        </Show>
      </section>
      <section>
        <h2>Confirmation e-mail</h2>
        <form method="post">
          <textarea name="template" rows="14" placeholder="<p>Hi <%= buyerName %>, see you at <%= eventTitle %>!</p>" />
          <button type="submit" formAction={previewTemplate}>Preview</button>
          <button type="submit" formAction={saveTemplate}>Save</button>
        </form>
        <Show when={typeof preview.result === 'string'}>
          <iframe sandbox="" srcdoc={preview.result as string} title="E-mail preview" />
        </Show>
      </section>
    </main>
  );
}
