import fp from 'fastify-plugin';
import fastifySession from '@fastify/session';
import config from '../config.js';

async function session(fastify) {
  await fastify.register(fastifySession, {
    secret: config.sessionSecret,
    cookieName: 'hk.sid',
    saveUninitialized: false,
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      // TLS is terminated at the load balancer, so the app itself only ever sees http.
      // vuln: CWE-614
      secure: false,
      maxAge: 7 * 24 * 3600 * 1000,
    },
  });
}

export default fp(session, { name: 'session', dependencies: [] });
