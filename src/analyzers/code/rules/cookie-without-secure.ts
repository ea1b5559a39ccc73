import type { CodeRule } from '../rule-api.js';
import { cookieOption, cookieSite } from './_cookies.js';
import { isFalseValue } from './_local-values.js';

/** Cheap pre-filter: a file that sets no cookie and configures no session cannot match. */
const FILE_GATE = /cookie|session/i;

export const cookieWithoutSecure: CodeRule = {
  meta: {
    id: 'js/cookie-without-secure',
    title: 'Session cookie without the Secure attribute',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [614],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['config', 'session', 'cookie', 'ai-common'],
    description: 'A cookie that carries a login (session middleware, or a cookie named like `sid`, `session`, `token`, `jwt`) is set without `secure: true`, or with `secure: false`. The browser then also sends it over plain HTTP, where anyone on the network path (public Wi-Fi, a proxy) can read it and take over the session. `express-session`, Express `res.cookie`, Fastify `reply.setCookie`, h3/Nuxt and Hono `setCookie(event, …)` and Remix/React Router `createCookie`/`createCookieSessionStorage` leave `secure` off unless told; koa-session and cookie-session turn it on for HTTPS requests, as does SvelteKit\'s `cookies.set`, so only an explicit `secure: false` is reported there.',
    fix: "Set `secure: true` on session cookies (behind a TLS-terminating proxy also `app.set('trust proxy', 1)` so Express knows the request was HTTPS): `session({ secret, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } })`, `res.cookie('sid', id, { secure: true, httpOnly: true, sameSite: 'lax' })`. For local development, derive it from the environment (`secure: process.env.NODE_ENV !== 'development'`) rather than turning it off.",
    examples: {
      bad: "app.use(session({\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n  saveUninitialized: false,\n  cookie: { httpOnly: true, maxAge: 86400000 },\n}));",
      good: "app.set('trust proxy', 1);\napp.use(session({\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 86400000 },\n}));",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      return {
        CallExpression(node) {
          const site = cookieSite(ctx, node);
          if (!site || site.opaque) return;
          const secure = cookieOption(site, 'secure');
          if (secure) {
            if (isFalseValue(secure.value, ctx.constantValue)) {
              ctx.report(secure, `Session cookie set with secure: false by ${site.what}: the browser sends it over plain HTTP, where it can be read and the session taken over`);
            }
            return;
          }
          if (!site.secureByDefault) {
            ctx.report(site.at, `Session cookie set by ${site.what} without secure: true: the browser also sends it over plain HTTP, where it can be read and the session taken over`);
          }
        },
      };
    },
  },
};
