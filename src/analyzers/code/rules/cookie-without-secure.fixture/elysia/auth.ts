// Elysia: a cookie of the handler context is written with `cookie.<name>.set({ value, …attributes })`;
// the app may set defaults for every cookie elsewhere, so only an attribute turned off is known.
import { Elysia } from 'elysia';

export const auth = new Elysia()
  .post('/login', ({ cookie: { session }, body }) => {
    session.set({
      value: String(body),
      httpOnly: true,
      // ruleid: js/cookie-without-secure
      secure: false,
    });
  })
  .post('/login/v2', ({ cookie, body }) => {
    // ok: js/cookie-without-secure
    cookie.session.set({ value: String(body), httpOnly: true });
  });
