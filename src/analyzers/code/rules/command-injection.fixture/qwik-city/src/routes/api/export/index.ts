import type { RequestHandler } from '@builder.io/qwik-city';
import { exec } from 'node:child_process';

// Endpoints export `onGet` / `onPost` / `onRequest` taking the request event.
export const onGet: RequestHandler = async ({ query, json }) => {
  // ruleid: js/command-injection
  exec(`ical-tool --tz ${query.get('tz')}`);
  json(200, { ok: true });
};

export const onPost: RequestHandler = async ({ parseBody, request, json }) => {
  const body = (await parseBody()) as Record<string, string>;
  // ruleid: js/command-injection
  exec(`zip -q -r "${body.label}.zip" .`);
  // ruleid: js/command-injection
  exec(`log ${request.headers.get('x-trace')}`);
  json(201, { ok: true });
};
