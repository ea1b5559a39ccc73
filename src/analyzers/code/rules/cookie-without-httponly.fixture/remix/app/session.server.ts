// Remix / React Router: cookie-backed sessions and createCookie set neither flag by default.
import { createCookie, createCookieSessionStorage } from '@remix-run/node';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__session',
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    secure: true,
    secrets: [process.env.SESSION_SECRET!],
  },
});

// ruleid: js/cookie-without-httponly
export const authCookie = createCookie('auth_token', { secure: true, sameSite: 'lax' });

// ok: js/cookie-without-httponly
export const userSessions = createCookieSessionStorage({ cookie: { name: '__user', httpOnly: true, secure: true, secrets: [process.env.SESSION_SECRET!] } });

// ok: js/cookie-without-httponly
export const theme = createCookie('theme', { secure: true });
