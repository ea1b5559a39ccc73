import type { RequestHandler } from '@builder.io/qwik-city';

// The URL's path is as it came off the wire (an HTTP parser refuses CR and LF there); a query value is decoded.
export const onRequest: RequestHandler = async ({ next, url, query }) => {
  // ok: js/log-injection
  console.info(`[req] ${url.pathname}`);
  // ruleid: js/log-injection
  console.info(`[req] search for ${query.get('q')}`);
  await next();
};
