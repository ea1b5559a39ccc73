// A config module (the key is read from here by the app), Koa's app.keys, and Fastify plugins.
import Koa from 'koa';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';

export const config = {
  port: Number(process.env.PORT) || 3000,
  // ruleid: js/hardcoded-key
  sessionSecret: process.env.SESSION_SECRET || 'shop-session-secret-2019',
  // ok: js/hardcoded-key
  cookieSecret: process.env.COOKIE_SECRET ?? '',
  // Not a key: a file path and a public URL.
  // ok: js/hardcoded-key
  sessionKeyFile: process.env.SESSION_KEY_FILE || '/run/secrets/session-key',
  // ok: js/hardcoded-key
  publicUrl: process.env.PUBLIC_URL || 'https://shop.example.com',
};

const koa = new Koa();
// ruleid: js/hardcoded-key
koa.keys = ['koa-files-signing-key-4f1c'];
const app = new Koa();
// ruleid: js/hardcoded-key
app.keys = ['koa-files-signing-key-4f1c'];
// ok: js/hardcoded-key
app.keys = [process.env.KOA_KEY_1 as string, process.env.KOA_KEY_2 as string];

const fastify = Fastify();
// ruleid: js/hardcoded-key
fastify.register(cookie, { secret: 'fastify-cookie-secret-1' });
// ok: js/hardcoded-key
fastify.register(cookie, { secret: process.env.COOKIE_SECRET });
