import { createMiddleware } from '@solidjs/start/middleware';
import type { FetchEvent } from '@solidjs/start/server';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import { env } from '~/lib/env';
import { organiserSession } from '~/lib/server/session';

const scannerKeys = createRemoteJWKSet(new URL(env.SCANNER_JWKS_URL));

function isApi(event: FetchEvent) {
  return new URL(event.request.url).pathname.startsWith('/api/');
}

async function authenticate(event: FetchEvent) {
  event.locals.requestId = randomUUID();
  const session = await organiserSession(event.nativeEvent);
  if (session.data.organiserId) {
    event.locals.organiser = { id: session.data.organiserId, name: session.data.name ?? '' };
  }
  const header = event.request.headers.get('authorization');
  if (header?.startsWith('Bearer ')) {
    try {
      const { payload } = await jwtVerify(header.slice(7), scannerKeys, {
        issuer: 'https://auth.tixly.events/',
        audience: 'tixly-scanner',
        algorithms: ['RS256'],
      });
      event.locals.scanner = { deviceId: String(payload.sub), eventId: Number(payload.eid) };
    } catch {
      return new Response(JSON.stringify({ error: 'invalid token' }), { status: 401, headers: { 'content-type': 'application/json' } });
    }
  }
}

function cors(event: FetchEvent) {
  if (!isApi(event)) return;
  const origin = event.request.headers.get('origin');
  const path = new URL(event.request.url).pathname;
  if (path.startsWith('/api/embed/')) {
    // safe: CWE-942
    event.response.headers.set('Access-Control-Allow-Origin', '*');
  } else if (origin) {
    // vuln: CWE-942
    event.response.headers.set('Access-Control-Allow-Origin', origin);
    event.response.headers.set('Access-Control-Allow-Credentials', 'true');
    event.response.headers.set('Vary', 'Origin');
  }
  if (event.request.method === 'OPTIONS') {
    event.response.headers.set('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE');
    event.response.headers.set('Access-Control-Allow-Headers', 'content-type,authorization');
    return new Response(null, { status: 204, headers: event.response.headers });
  }
}

function securityHeaders(event: FetchEvent) {
  const headers = event.response.headers;
  const path = new URL(event.request.url).pathname;
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  if (!path.startsWith('/api/embed/')) {
    headers.set('X-Frame-Options', 'DENY');
    headers.set(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  }
  headers.set('X-Request-Id', event.locals.requestId ?? '');
}

export default createMiddleware({
  onRequest: [cors, authenticate],
  onBeforeResponse: [securityHeaders],
});
