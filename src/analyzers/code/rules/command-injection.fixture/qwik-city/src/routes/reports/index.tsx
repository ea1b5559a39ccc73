import { component$ } from '@builder.io/qwik';
import { routeAction$, routeLoader$, server$, z, zod$ } from '@builder.io/qwik-city';
import { exec } from 'node:child_process';

// A loader runs for each page request: its request event's `query`, `params`, `url` are the client's.
export const useReport = routeLoader$(async ({ query, params, sharedMap, env }) => {
  // ruleid: js/command-injection
  exec(`report --month ${query.get('month')}`);
  // ruleid: js/command-injection
  exec(`report --clinic ${params.slug}`);
  // ok: js/command-injection
  exec(`report --user ${sharedMap.get('userId')} --dir ${env.get('REPORT_DIR')}`);
  return { ok: true };
});

// An action's data is the submitted form, parsed by its `zod$` schema only as far as it says.
export const useExport = routeAction$(
  async (data, requestEvent) => {
    // ruleid: js/command-injection
    exec(`zip -r "${data.label}.zip" exports/`);
    // ok: js/command-injection
    exec(`zip -r exports-${data.year}-${data.format}.zip exports/`);
    // ruleid: js/command-injection
    exec(`report --tz ${requestEvent.url.searchParams.get('tz')}`);
    return { ok: true };
  },
  zod$({ label: z.string().max(80), year: z.coerce.number().int(), format: z.enum(['zip', 'tar']) }),
);

// Without a validator, every field is as sent.
export const useRaw = routeAction$(async (data) => {
  // ruleid: js/command-injection
  exec('tool ' + data.anything);
});

// A server function's arguments come from the browser; `this` is the request event.
export const runTool = server$(async function (name: string) {
  // ruleid: js/command-injection
  exec(`tool ${name}`);
  // ruleid: js/command-injection
  exec(`tool --lang ${this.cookie.get('lang')?.value}`);
  // ok: js/command-injection
  exec(`tool --user ${this.sharedMap.get('user')}`);
});

export default component$(() => {
  const report = useReport();
  return <p>{report.value.ok ? 'ok' : 'no'}</p>;
});
