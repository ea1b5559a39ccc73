import type { RequestHandler } from '@builder.io/qwik-city';
import { AbortMessage, RedirectMessage } from '@builder.io/qwik-city/middleware/request-handler';

export const onRequest: RequestHandler = async ({ next, url, json }) => {
  try {
    await next();
  } catch (err) {
    if (err instanceof RedirectMessage || err instanceof AbortMessage) throw err;
    if (!url.pathname.startsWith('/api/')) throw err;
    const e = err as Error & { code?: string };
    console.error(`[api] ${url.pathname}`, e);
    // vuln: CWE-209
    json(500, { error: e.message, code: e.code ?? 'INTERNAL', stack: e.stack?.split('\n') });
  }
};
