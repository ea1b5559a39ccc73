/**
 * js/csrf is a project-level rule: the session middleware is set up in one file (`server.js`), the
 * form routes live in others (`routes/*.js`), and CSRF protection may be applied anywhere. Each
 * file publishes what it has (cookie sessions, form parsing, state-changing routes, any CSRF
 * defence) in the code analyzer's pass; `project-rules.ts` joins them per package.
 */
import type { RuleMeta } from '../../../findings/rule.js';
import type { Location } from '../../../findings/finding.js';
import type { CodeRuleContext } from '../rule-api.js';
import { type Node, type Visitor, calleeProperty, isFunction, memberPath, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { parseSuppressions, suppressionFor } from '../../../findings/suppressions.js';
import { redactSnippet } from '../../../findings/redact.js';
import { cookieOption, cookieSite } from './_cookies.js';
import { isFalseValue } from './_local-values.js';
import { objectLiteralOf } from '../frontend/js/bindings.js';
import { appConfig, configOption, configSection } from './_app-config.js';

export const csrfMeta: RuleMeta = {
  id: 'js/csrf',
  title: 'Cookie sessions and form routes without CSRF protection',
  analyzer: 'code',
  severity: 'medium',
  confidence: 'medium',
  cwe: [352],
  owasp: 'A01:2021-Broken Access Control',
  tags: ['csrf', 'session', 'config', 'ai-common'],
  description: "The app keeps its login in a cookie session (express-session, cookie-session, koa-session, @fastify/session), accepts HTML form posts (urlencoded or multipart bodies) on state-changing routes, and nowhere in the package uses a CSRF defence (csrf-csrf, csrf-sync, csurf, lusca, @fastify/csrf-protection, koa-csrf, a token check of its own) or a `sameSite: 'lax'`/`'strict'` session cookie. Any site the user visits can then post a form to the app, and the browser attaches the session cookie: the change is made in the user's name. Reported once, at the session middleware. Also reported: a state-changing route registered without the CSRF middleware that its router's other state-changing routes carry one by one (`router.post('/x', csrfProtection, h)`), when no file mounts that middleware for all routes. And the framework's own CSRF protection switched off in its config (AdonisJS `@adonisjs/shield` `defineConfig({ csrf: { enabled: false } })`, Sails `config/security.js` `csrf: false`, Egg and Midway `config/config.*.js` `security: { csrf: { enable: false } }`) in an app that keeps a cookie session.",
  fix: "Add CSRF protection to every state-changing route: a synchroniser or double-submit token (`csrf-sync`, `csrf-csrf`; `@fastify/csrf-protection`; `koa-csrf`) rendered into each form and checked on POST, and set the session cookie to `sameSite: 'lax'` (or `'strict'`) as defence in depth. Keep state changes off GET routes.",
  examples: {
    bad: "app.use(express.urlencoded({ extended: false }));\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));\napp.post('/account/email', requireLogin, updateEmail);",
    good: "const { csrfSynchronisedProtection, generateToken } = csrfSync();\napp.use(express.urlencoded({ extended: false }));\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { sameSite: 'lax', secure: true, httpOnly: true } }));\napp.use(csrfSynchronisedProtection);\napp.post('/account/email', requireLogin, updateEmail);",
  },
};

export interface SessionFact {
  location: Location;
  what: string;
  snippet?: string;
  suppression?: { reason: string; line: number };
}

/** What one file says about CSRF; merged into the code analyzer's facts. */
export interface CsrfFacts {
  csrf?: {
    /** Cookie-session middleware without a SameSite=Lax/Strict cookie. */
    sessions?: SessionFact[];
    /** The file parses form bodies (urlencoded or multipart). */
    parsesForms?: boolean;
    /** The file declares POST/PUT/PATCH/DELETE routes. */
    stateChangingRoutes?: boolean;
    /** The file uses a CSRF defence (a package, or a token/origin check of its own). */
    protects?: boolean;
    /** The file mounts a CSRF middleware for whole routers or apps (`app.use(csrfProtection)`). */
    protectsAll?: boolean;
    /** State-changing routes left without the CSRF middleware their router's other such routes carry. */
    unguardedRoutes?: SessionFact[];
    /** The file configures a cookie-backed session (whatever its SameSite). */
    cookieSessions?: boolean;
    /** The framework's own CSRF protection switched off in its config (`@adonisjs/shield` `csrf: { enabled: false }`). */
    disabled?: SessionFact[];
  };
}

const CSRF_PACKAGES = /^(csurf|csrf|csrf-csrf|csrf-sync|lusca|tiny-csrf|@fastify\/csrf-protection|fastify-csrf|koa-csrf|@koa\/csrf|next-csrf|edge-csrf|@edge-csrf\/[\w-]+|@hono\/csrf|hono\/csrf|express-csrf-double-submit-cookie|csrf-tokens)(\/|$)/;
/** Names of hand-written defences: a token check (`verifyCsrf`, `x-csrf-token`, `_csrf`) or an Origin check helper. */
const CSRF_WORDS = /csrf|xsrf|sameOrigin|checkOrigin|verifyOrigin/i;
const FORM_PARSERS = /^(express\.urlencoded|body-parser\.urlencoded|bodyParser\.urlencoded|multer|koa-body|koa-body\.koaBody|koa-bodyparser|@koa\/multer|formidable|express-fileupload|@fastify\/formbody|@fastify\/multipart|busboy|connect-multiparty)(\.default)?$/;
const ROUTE_METHODS = /^(post|put|patch|delete|del)$/;
/** Framework config builders with a CSRF section that can be switched off: `defineConfig({ csrf: { enabled: false } })`. */
const FRAMEWORK_CSRF_CONFIG = /^@adonisjs\/shield\.defineConfig$/;
/** Astro's config: `defineConfig({ security: { checkOrigin: false } })` turns off its Origin check of form posts and actions. */
const ASTRO_CONFIG = /^astro\/config\.defineConfig$/;
/** Sails' per-hook config files (`module.exports.security = { … }`) and where they live. */
const SAILS_CONFIG = /^module\.exports\.(security|session)$/;
const SAILS_CONFIG_FILE = /(^|\/)config\/(env\/[\w-]+\/)?(security|session)\.js$/;
/** Receivers that make outgoing requests, not routes. */
const CLIENTS = /^(axios|http|https|fetch|got|request|superagent|needle|api|client|apiClient|this\.http|httpService|res|req|ctx\.request|supertest|agent)$/;

export function collectCsrfFacts(ctx: CodeRuleContext): CsrfFacts {
  if (!/session|urlencoded|multer|koa-?body|formbody|multipart|post|put|patch|delete|csrf|xsrf|checkOrigin/i.test(ctx.text)) return {};
  const facts: NonNullable<CsrfFacts['csrf']> = {};
  const specifiers = [...ctx.modules.specifiers];
  if (specifiers.some((s) => CSRF_PACKAGES.test(s))) facts.protects = true;
  let lines: string[] | undefined;
  let sups: ReturnType<typeof parseSuppressions> | undefined;
  /** A session or switched-off defence at `at`: its location, redacted line and any suppression on it. */
  const factAt = (at: Node, what: string): SessionFact => {
    const location = locationOf(ctx, at);
    lines ??= ctx.text.split(/\r?\n/);
    const fact: SessionFact = { location, what, snippet: redactSnippet(lines[location.startLine - 1] ?? '') };
    const sup = suppressionFor((sups ??= parseSuppressions(lines)), csrfMeta.id, location.startLine);
    if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
    return fact;
  };
  const mentionsDefence = CSRF_WORDS.test(ctx.text);
  // Code (not comments) that names a defence: `verifyCsrfToken`, `req.get('x-csrf-token')`, `_csrf`.
  // (Only read when the text names one: identifiers are the most numerous nodes of a file.)
  const defence: Visitor = mentionsDefence ? {
    Identifier(node) {
      if (CSRF_WORDS.test(node.name)) facts.protects = true;
    },
    Literal(node) {
      if (typeof node.value === 'string' && CSRF_WORDS.test(node.value)) facts.protects = true;
    },
  } : {};
  // Per router: its state-changing routes, and whether each carries a CSRF middleware of its own.
  const routesOf = new Map<string, { call: Node; guarded: boolean }[]>();
  const namesDefence = (a: Node) => CSRF_WORDS.test(ctx.source(a));
  walk(ctx.program, [defence, {
    // Sails: `config/security.js` exports `module.exports.security = { csrf: false }`, and
    // `config/session.js` the session every Sails app keeps in a cookie (`module.exports.session`).
    AssignmentExpression(node) {
      const target = SAILS_CONFIG.exec(ctx.source(node.left));
      if (!target || !SAILS_CONFIG_FILE.test(ctx.path)) return;
      const config = objectLiteralOf(ctx.program, node.right);
      if (!config) return;
      if (target[1] === 'session') {
        facts.cookieSessions = true;
        return;
      }
      const csrf = objectProperty(config, 'csrf');
      if (!csrf || !isFalseValue(csrf, ctx.constantValue)) return;
      (facts.disabled ??= []).push(factAt(csrf, 'Sails (config/security.js)'));
    },
    CallExpression(node) {
      const name = (ctx.qualifiedName(node.callee) ?? '').replace(/\.default$/, '');
      if (mentionsDefence && calleeProperty(node) === 'use' && node.arguments.some(namesDefence)) facts.protectsAll = true;
      if (FORM_PARSERS.test(name)) facts.parsesForms = true;
      if (FRAMEWORK_CSRF_CONFIG.test(name)) {
        const section = objectProperty(objectLiteralOf(ctx.program, node.arguments[0]), 'csrf');
        const enabled = objectProperty(section && objectLiteralOf(ctx.program, section), 'enabled');
        if (enabled && isFalseValue(enabled, ctx.constantValue)) {
          const location = locationOf(ctx, enabled);
          lines ??= ctx.text.split(/\r?\n/);
          const fact: SessionFact = { location, what: name.replace(/\.defineConfig$/, ''), snippet: redactSnippet(lines[location.startLine - 1] ?? '') };
          const sup = suppressionFor((sups ??= parseSuppressions(lines)), csrfMeta.id, location.startLine);
          if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
          (facts.disabled ??= []).push(fact);
        }
      }
      if (ASTRO_CONFIG.test(name)) {
        const security = objectProperty(objectLiteralOf(ctx.program, node.arguments[0]), 'security');
        const check = objectProperty(security && objectLiteralOf(ctx.program, security), 'checkOrigin');
        if (check && isFalseValue(check, ctx.constantValue)) (facts.disabled ??= []).push(factAt(check, 'Astro (security.checkOrigin)'));
      }
      if (calleeProperty(node) === 'register' && node.arguments[0] && /^(@fastify\/formbody|@fastify\/multipart)(\.default)?$/.test(ctx.qualifiedName(node.arguments[0]) ?? '')) facts.parsesForms = true;
      const callee = unwrap(node.callee);
      if (callee.type === 'MemberExpression' && ROUTE_METHODS.test(propertyName(callee) ?? '') && !CLIENTS.test(memberPath(callee.object) ?? '')) {
        const path = stringValue(node.arguments[0]);
        if (path !== undefined && path.startsWith('/') && node.arguments.slice(1).some((a: Node) => isFunction(unwrap(a)) || unwrap(a).type === 'Identifier' || unwrap(a).type === 'MemberExpression')) {
          facts.stateChangingRoutes = true;
          const router = memberPath(callee.object) ?? '';
          if (mentionsDefence) routesOf.set(router, [...(routesOf.get(router) ?? []), { call: node, guarded: node.arguments.slice(1).some(namesDefence) }]);
        }
      }
      // router.route('/x').post(handler)
      if (callee.type === 'MemberExpression' && ROUTE_METHODS.test(propertyName(callee) ?? '') && /\.route\(\)$/.test(memberPath(callee.object) ?? '')) facts.stateChangingRoutes = true;
      // A framework that keeps no session of its own (Astro): the app's login cookie, unless SameSite=Lax/Strict keeps it off cross-site posts.
      if (calleeProperty(node) === 'set') {
        const login = cookieSite(ctx, node);
        if (login?.what === 'Astro cookies.set()') {
          const v = ctx.constantValue(cookieOption(login, 'sameSite')?.value);
          if (!login.opaque && !(v === true || (typeof v === 'string' && /^(lax|strict)$/i.test(v)))) facts.cookieSessions = true;
        }
      }
      // Only session middleware carries a session cookie (`res.cookie(…)` sites never do): named before reading the call.
      const site = name.includes('session') ? cookieSite(ctx, node) : undefined;
      if (!site || !/session/.test(site.what)) return;
      facts.cookieSessions = true;
      const sameSite = cookieOption(site, 'sameSite');
      const v = sameSite ? ctx.constantValue(sameSite.value) : undefined;
      if (v === true || (typeof v === 'string' && /^(lax|strict)$/i.test(v))) return;
      if (site.opaque || (sameSite && v === undefined)) return; // set from elsewhere: cannot tell
      (facts.sessions ??= []).push(factAt(site.at, site.what));
    },
  }]);
  // Egg and Midway: egg-security / @midwayjs/security check a CSRF token on every unsafe method unless
  // `security.csrf` says `enable: false`; a `session` section configures the cookie session.
  const config = appConfig(ctx);
  if (config) {
    if (configSection(config, 'session').length) facts.cookieSessions = true;
    const off = [...configOption(ctx, config, ['security', 'csrf']).filter((p) => isFalseValue(p.value, ctx.constantValue)),
      ...configOption(ctx, config, ['security', 'csrf', 'enable']).filter((p) => isFalseValue(p.value, ctx.constantValue))];
    for (const p of off) (facts.disabled ??= []).push(factAt(p, 'egg-security / @midwayjs/security (security.csrf)'));
  }
  // A router whose state-changing routes carry a CSRF middleware one by one (at least two of them):
  // one registered without it was left out, unless the middleware is also mounted for all routes.
  if (!facts.protectsAll) {
    for (const routes of routesOf.values()) {
      if (routes.filter((r) => r.guarded).length < 2) continue;
      for (const r of routes) {
        if (r.guarded) continue;
        const location = locationOf(ctx, r.call.callee);
        lines ??= ctx.text.split(/\r?\n/);
        const fact: SessionFact = { location, what: ctx.source(r.call.callee), snippet: redactSnippet(lines[location.startLine - 1] ?? '') };
        const sup = suppressionFor((sups ??= parseSuppressions(lines)), csrfMeta.id, location.startLine);
        if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
        (facts.unguardedRoutes ??= []).push(fact);
      }
    }
  }
  return Object.keys(facts).length ? { csrf: facts } : {};
}

function locationOf(ctx: CodeRuleContext, at: Node): Location {
  return {
    path: ctx.path,
    startLine: ctx.lines.line(at.start),
    startColumn: ctx.lines.column(at.start),
    endLine: ctx.lines.line(Math.max(at.start, at.end - 1)),
    endColumn: ctx.lines.column(Math.max(at.start, at.end - 1)) + 1,
  };
}
