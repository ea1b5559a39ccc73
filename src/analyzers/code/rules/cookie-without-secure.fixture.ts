// Fastify and Koa: reply.setCookie leaves Secure off; Koa's ctx.cookies sets it on HTTPS requests.
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import Koa from 'koa';
import session from 'koa-session';

const fastify = Fastify();
fastify.register(cookie);

fastify.post('/auth/login', async (request, reply) => {
  const token = await issueSession(request.body);
  // ruleid: js/cookie-without-secure
  reply.setCookie('session', token, { path: '/', httpOnly: true, sameSite: 'lax' });
  return { ok: true };
});

fastify.post('/auth/login/v2', async (request, reply) => {
  const token = await issueSession(request.body);
  // ok: js/cookie-without-secure
  reply.setCookie('session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
  return { ok: true };
});

const app = new Koa();
app.keys = [process.env.KOA_KEY as string];
// ok: js/cookie-without-secure
app.use(session({ key: 'app.sess', maxAge: 86400000, httpOnly: true }, app));
app.use(session({
  key: 'legacy.sess',
  // ruleid: js/cookie-without-secure
  secure: false,
}, app));

app.use(async (ctx) => {
  // ok: js/cookie-without-secure
  ctx.cookies.set('access_token', await refresh(ctx), { httpOnly: true });
});

declare function issueSession(body: unknown): Promise<string>;
declare function refresh(ctx: unknown): Promise<string>;
