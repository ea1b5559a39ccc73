import type { CodeRule } from '../rule-api.js';
import { cookieOption, cookieSite } from './_cookies.js';
import { isFalseValue } from './_local-values.js';
import { appConfig, configOption } from './_app-config.js';

/** Cheap pre-filter: a file that sets no cookie and configures no session cannot match. */
const FILE_GATE = /cookie|session/i;

export const cookieWithoutHttpOnly: CodeRule = {
  meta: {
    id: 'js/cookie-without-httponly',
    title: 'Session cookie readable by scripts (no HttpOnly)',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [1004],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['config', 'session', 'cookie', 'ai-common'],
    description: 'A cookie that carries a login is set with `httpOnly: false`, or without `httpOnly` by an API that leaves it off (Express `res.cookie`, Fastify `reply.setCookie`, Next.js `cookies().set`, h3/Nuxt and Hono `setCookie(event, …)`, Remix/React Router `createCookie` and `createCookieSessionStorage`); SvelteKit\'s `cookies.set` is httpOnly unless told otherwise; Egg and Midway configs (`config/config.*.js`) with `session: { httpOnly: false }`. Any script on the page can then read it from `document.cookie`, so a single XSS flaw hands the session to the attacker.',
    fix: "Set `httpOnly: true` on every cookie that carries a session or token: `res.cookie('sid', id, { httpOnly: true, secure: true, sameSite: 'lax' })`, and remove `httpOnly: false` from session middleware options (express-session, koa-session and cookie-session default to HttpOnly). If front-end code needs to know the user is signed in, expose that through an API call, not the session cookie.",
    examples: {
      bad: "res.cookie('session_token', token, { secure: true, sameSite: 'lax' });",
      good: "res.cookie('session_token', token, { httpOnly: true, secure: true, sameSite: 'lax' });",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      return {
        Program() {
          // Egg and Midway: the `session` config section holds koa-session's options (HttpOnly by default).
          const config = appConfig(ctx);
          for (const p of config ? configOption(ctx, config, ['session', 'httpOnly']) : []) {
            if (isFalseValue(p.value, ctx.constantValue)) ctx.report(p, 'Session cookie set with httpOnly: false in the framework\'s session config: page scripts can read it, so any XSS steals the session');
          }
        },
        CallExpression(node) {
          const site = cookieSite(ctx, node);
          if (!site || site.opaque) return;
          const httpOnly = cookieOption(site, 'httpOnly');
          if (httpOnly) {
            if (isFalseValue(httpOnly.value, ctx.constantValue)) {
              ctx.report(httpOnly, `Session cookie set with httpOnly: false by ${site.what}: page scripts can read it, so any XSS steals the session`);
            }
            return;
          }
          if (!site.httpOnlyByDefault) {
            ctx.report(site.at, `Session cookie set by ${site.what} without httpOnly: true: page scripts can read it, so any XSS steals the session`);
          }
        },
      };
    },
  },
};
