import type { RequestHandler } from '@builder.io/qwik-city';

// Middleware around `next()`: what it answers with `json` goes to the client.
export const onRequest: RequestHandler = async ({ next, url, json }) => {
  try {
    await next();
  } catch (err) {
    const e = err as Error;
    if (url.pathname.startsWith('/api/public/')) {
      // ok: js/stack-trace-exposure
      json(500, { error: 'Internal error' });
      return;
    }
    // ruleid: js/stack-trace-exposure
    json(500, { error: e.message, stack: e.stack });
  }
};
