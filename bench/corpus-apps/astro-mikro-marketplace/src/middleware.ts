import { defineMiddleware, sequence } from 'astro:middleware';
import { randomUUID } from 'node:crypto';
import { forkEm } from './lib/db';
import { verifySession, SESSION_COOKIE, LOCALE_COOKIE } from './lib/session';
import { apiCorsHeaders } from './lib/cors';
import { toErrorResponse } from './lib/errors';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'SEK', 'PLN'];

const errors = defineMiddleware(async (context, next) => {
  context.locals.requestId = randomUUID();
  try {
    return await next();
  } catch (err) {
    return toErrorResponse(err, context.locals.requestId);
  }
});

const orm = defineMiddleware(async ({ locals }, next) => {
  locals.em = await forkEm();
  return next();
});

const session = defineMiddleware(async ({ cookies, request, locals }, next) => {
  const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '');
  const token = cookies.get(SESSION_COOKIE)?.value ?? bearer;
  locals.user = token ? verifySession(token) : null;
  return next();
});

const preferences = defineMiddleware(async ({ cookies, request, locals }, next) => {
  const fromHeader = request.headers.get('accept-language')?.split(',')[0]?.split('-')[0];
  locals.locale = cookies.get(LOCALE_COOKIE)?.value ?? fromHeader ?? 'en';
  const currency = cookies.get('mm_currency')?.value?.toUpperCase() ?? 'EUR';
  locals.currency = CURRENCIES.includes(currency) ? currency : 'EUR';
  return next();
});

const cors = defineMiddleware(async ({ request, url }, next) => {
  if (!url.pathname.startsWith('/api/')) return next();
  if (request.method === 'OPTIONS') {
    return new Response(null, { status: 204, headers: apiCorsHeaders(request) });
  }
  const response = await next();
  for (const [name, value] of Object.entries(apiCorsHeaders(request))) response.headers.set(name, value);
  return response;
});

const securityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' https://cdn.mikro.market data:; frame-ancestors 'none'",
  );
  return response;
});

export const onRequest = sequence(errors, orm, session, preferences, cors, securityHeaders);
