import type { RequestHandler } from '@builder.io/qwik-city';

const WIDGET_ORIGINS = new Set(['https://www.example.com']);

// A check of the path beside the origin is no check of the origin.
export const onRequest: RequestHandler = async ({ request, url, headers, next }) => {
  const origin = request.headers.get('origin');
  if (origin && url.pathname.startsWith('/api/widget')) {
    if (WIDGET_ORIGINS.has(origin)) {
      // ok: js/permissive-cors
      headers.set('Access-Control-Allow-Origin', origin);
    }
  } else if (origin && url.pathname.startsWith('/api/')) {
    // ruleid: js/permissive-cors
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
  }
  await next();
};
