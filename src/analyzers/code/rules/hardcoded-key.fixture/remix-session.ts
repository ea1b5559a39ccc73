// Remix / React Router cookies and cookie-backed sessions sign with `secrets`.
import { createCookie, createCookieSessionStorage } from '@remix-run/node';
import { createCookieSessionStorage as createRRSessionStorage } from 'react-router';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    // ruleid: js/hardcoded-key
    secrets: ['s3ssion-signing-k3y-2024'],
  },
});

// (reported where the literal is declared)
// ruleid: js/hardcoded-key
const COOKIE_SECRET = 'prefs-cookie-signing-secret';
export const prefs = createCookie('prefs', { path: '/', secrets: [COOKIE_SECRET] });

export const rrSession = createRRSessionStorage({
  cookie: {
    name: '__rr',
    // ruleid: js/hardcoded-key
    secrets: [process.env.SESSION_SECRET ?? 'local-dev-secret'],
  },
});

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const safeStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    // ok: js/hardcoded-key
    secrets: [requiredEnv('SESSION_SECRET')],
  },
});

// ok: js/hardcoded-key
export const theme = createCookie('theme', { path: '/', secrets: process.env.COOKIE_SECRETS!.split(',') });

// ok: js/hardcoded-key
export const unsigned = createCookie('last-visit', { path: '/', maxAge: 3600 });
