import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import secureSession from '@fastify/secure-session';
import fp from 'fastify-plugin';

// A Fastify plugin's options are the second argument of register().
export default fp(async (fastify) => {
  await fastify.register(fastifyCookie);
  await fastify.register(fastifySession, {
    secret: process.env.SESSION_SECRET as string,
    cookie: {
      httpOnly: true,
      // ruleid: js/cookie-without-secure
      secure: false,
      sameSite: 'lax',
    },
  });
});

export const strict = fp(async (fastify) => {
  // @fastify/session's cookie is secure unless told otherwise.
  // ok: js/cookie-without-secure
  await fastify.register(fastifySession, { secret: process.env.SESSION_SECRET as string, cookie: { httpOnly: true } });
  // ok: js/cookie-without-secure
  await fastify.register(secureSession, { key: Buffer.from(process.env.SESSION_KEY as string, 'hex'), cookie: { path: '/', secure: true } });
});
