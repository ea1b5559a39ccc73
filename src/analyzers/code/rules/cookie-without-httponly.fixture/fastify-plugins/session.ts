import fastifySession from '@fastify/session';
import fp from 'fastify-plugin';

// A Fastify plugin's options are the second argument of register().
export default fp(async (fastify) => {
  await fastify.register(fastifySession, {
    secret: process.env.SESSION_SECRET as string,
    // ruleid: js/cookie-without-httponly
    cookie: { secure: true, httpOnly: false },
  });
});

export const strict = fp(async (fastify) => {
  // ok: js/cookie-without-httponly
  await fastify.register(fastifySession, { secret: process.env.SESSION_SECRET as string, cookie: { secure: true } });
});
