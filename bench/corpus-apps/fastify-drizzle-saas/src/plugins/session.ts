import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import fp from 'fastify-plugin';

/**
 * Cookie session used by the dashboard's SSO hand-off: the SSO callback stores the user here and
 * the single-page app trades the cookie for a short-lived bearer token at /auth/session-token.
 */
export default fp(async (fastify) => {
  await fastify.register(fastifyCookie);
  await fastify.register(fastifySession, {
    cookieName: 'tly_sid',
    // vuln: CWE-798
    secret: 'tly-dashboard-session-secret-2f9c41d7e8b04a6f',
    saveUninitialized: false,
    rolling: true,
    cookie: {
      path: '/',
      httpOnly: true,
      // vuln: CWE-614
      secure: false,
      sameSite: 'lax',
      maxAge: 8 * 60 * 60 * 1000,
    },
  });
}, { name: 'session' });
