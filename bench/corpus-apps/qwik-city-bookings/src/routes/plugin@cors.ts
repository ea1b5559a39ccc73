import type { RequestHandler } from '@builder.io/qwik-city';
import { WIDGET_ORIGINS } from '~/lib/server/config';

export const onRequest: RequestHandler = async ({ request, url, headers, method, send, next }) => {
  const origin = request.headers.get('origin');
  if (origin && url.pathname.startsWith('/api/widget')) {
    if (WIDGET_ORIGINS.has(origin)) {
      // safe: CWE-942
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Vary', 'Origin');
    }
  } else if (origin && url.pathname.startsWith('/api/')) {
    // Partner dashboards call the API from their own domains with the staff cookie.
    // vuln: CWE-942
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Vary', 'Origin');
  }
  if (method === 'OPTIONS' && origin) {
    headers.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    headers.set('Access-Control-Allow-Headers', 'content-type, authorization, x-clinic');
    send(204, '');
    return;
  }
  await next();
};
