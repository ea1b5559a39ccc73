// Elysia: a cookie of the handler context is written with `cookie.<name>.set({ value, …attributes })`.
import { Elysia } from 'elysia';
import { jwt } from '@elysiajs/jwt';

export const auth = new Elysia()
  .use(jwt({ name: 'jwt', secret: process.env.JWT_SECRET!, exp: '1h' }))
  .post('/login', async ({ jwt, cookie: { session } }) => {
    session.set({
      value: await jwt.sign({ sub: '1' }),
      // ruleid: js/cookie-without-httponly
      httpOnly: false,
    });
  })
  .post('/portal/login', async ({ jwt, cookie }) => {
    cookie.portal.set({
      value: await jwt.sign({ sub: '1' }),
      // ruleid: js/cookie-without-httponly
      httpOnly: false,
    });
  })
  .post('/login/v2', async ({ jwt, cookie: { auth: token } }) => {
    // ok: js/cookie-without-httponly
    token.set({ value: await jwt.sign({ sub: '1' }), httpOnly: true, secure: true });
  })
  .post('/theme', ({ cookie, body }) => {
    // ok: js/cookie-without-httponly
    cookie.theme.set({ value: String(body), httpOnly: false });
  });
