// Remix / React Router: cookie-backed sessions and createCookie set neither flag by default.
import { createCookie, createCookieSessionStorage } from '@remix-run/node';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    secrets: [process.env.SESSION_SECRET!],
    // ruleid: js/cookie-without-secure
    secure: false,
  },
});

export const rememberMe = createCookie('remember_me', {
  httpOnly: true,
  // ruleid: js/cookie-without-secure
  secure: false,
});

// ruleid: js/cookie-without-secure
export const adminSessions = createCookieSessionStorage({ cookie: { name: '__admin', httpOnly: true, secrets: [process.env.ADMIN_SECRET!] } });

export const userSessions = createCookieSessionStorage({
  cookie: {
    name: '__user',
    httpOnly: true,
    secrets: [process.env.SESSION_SECRET!],
    // ok: js/cookie-without-secure
    secure: process.env.NODE_ENV === 'production',
  },
});

// ok: js/cookie-without-secure
export const prefs = createCookie('prefs', { path: '/', maxAge: 31_536_000 });
