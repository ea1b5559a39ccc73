/**
 * js/missing-rate-limit is a project-level rule: the limiter is usually applied in one file
 * (`server.js`: `app.use(limiter)`) and the login route declared in another (`routes/auth.js`).
 * Each file publishes facts (its auth routes, the limiters it applies, the routers it mounts) in the
 * code analyzer's pass; `project-rules.ts` joins them and reports routes no limiter covers.
 */
import type { RuleMeta } from '../../../findings/rule.js';
import type { Location } from '../../../findings/finding.js';
import type { CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, isFunction, memberPath, objectProperty, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { isRelativeSpecifier } from '../frontend/js/modules.js';
import { parseSuppressions, suppressionFor } from '../../../findings/suppressions.js';
import { redactSnippet } from '../../../findings/redact.js';
import { FIREBASE_MODULE, firebaseTriggerOf } from '../taint/firebase.js';
import { QWIK_CITY_MODULES } from '../taint/qwik.js';

export const missingRateLimitMeta: RuleMeta = {
  id: 'js/missing-rate-limit',
  title: 'Authentication route without rate limiting',
  analyzer: 'code',
  severity: 'medium',
  confidence: 'medium',
  cwe: [307],
  owasp: 'A07:2021-Identification and Authentication Failures',
  tags: ['auth', 'rate-limit', 'brute-force', 'ai-common'],
  description: 'A login, token or one-time-code check route accepts unlimited attempts: no rate-limit middleware on the route, on its router, or on the app, wherever in the project the app is set up. Attackers can then guess passwords and 6-digit codes or replay leaked credentials at full speed.',
  fix: 'Limit attempts per IP and per account on every authentication route, e.g. with `express-rate-limit`: `const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 }); router.post(\'/login\', authLimiter, login)` (or `app.use(\'/api/auth\', authLimiter)`). NestJS: `@UseGuards(ThrottlerGuard)` / `@Throttle(...)` or a global `APP_GUARD`; Fastify: `@fastify/rate-limit`; Next.js: check a limiter such as `@upstash/ratelimit` in the route handler or `middleware.ts`. Add account lockout or backoff for repeated failures.',
  examples: {
    bad: "const router = express.Router();\nrouter.post('/login', async (req, res) => {\n  const user = await users.authenticate(req.body.email, req.body.password);\n  if (!user) return res.status(401).end();\n  res.json({ token: issueToken(user) });\n});",
    good: "const rateLimit = require('express-rate-limit');\nconst loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });\nconst router = express.Router();\nrouter.post('/login', loginLimiter, async (req, res) => {\n  const user = await users.authenticate(req.body.email, req.body.password);\n  if (!user) return res.status(401).end();\n  res.json({ token: issueToken(user) });\n});",
  },
};

export interface AuthRouteFact {
  /** Route path within its file (with in-file router prefixes), e.g. `/login`. */
  path: string;
  method: string;
  location: Location;
  limited: boolean;
  /** The route's first line, redacted: the finding is made on the main thread, away from the file. */
  snippet?: string;
  /** A `// vouch-ignore[js/missing-rate-limit]: reason` covering the route, read in its own file. */
  suppression?: { reason: string; line: number };
  /** The file itself is the endpoint (Next.js route file, pages/api or serverless function). */
  fileRoute?: boolean;
  /** Registered on the app before its app-wide `app.use(limiter)`: Express runs middleware in order. */
  beforeGlobalLimiter?: boolean;
  /** A token endpoint whose handler reads a password from the body (`POST /api/token`): a login by another name. */
  credential?: boolean;
  /**
   * A Cloud Function (`export const kioskUnlock = onRequest(…)`): an endpoint of its own, whatever
   * module re-exports it, that no Express app's limiter covers.
   */
  cloudFunction?: boolean;
  /**
   * Meteor's `Accounts.removeDefaultRateLimit()`: the DDP `login` method (and `createUser`,
   * `resetPassword`, `forgotPassword`) loses accounts-base's built-in limit, unless a
   * `DDPRateLimiter.addRule` somewhere in the project covers it again (`ddpLoginLimited`).
   */
  ddpLogin?: boolean;
  /**
   * A server function (`'use server'`: Next.js server actions, SolidStart, TanStack Start) that checks a
   * password: the client calls it directly over HTTP, so it is an endpoint named by the function.
   */
  serverFunction?: string;
}

/** What one file says about rate limiting; merged into the code analyzer's `CodeFacts`. */
export interface RateLimitFacts {
  authRoutes?: AuthRouteFact[];
  /** The file applies a limiter to the whole app (`app.use(limiter)`, a global Nest guard, Fastify plugin, Next middleware). */
  usesRateLimit?: boolean;
  /** Path prefixes an app-level limiter is mounted on: `app.use('/api/auth', authLimiter)`. */
  rateLimitedPrefixes?: string[];
  /** Routers imported from other files and mounted here: `app.use('/api/auth', authRoutes)`. */
  routerMounts?: { prefix: string; spec: string; limited: boolean; beforeGlobalLimiter?: boolean }[];
  /** A Meteor `DDPRateLimiter.addRule` here may cover the `login` method (no `name`, or one that mentions `login`). */
  ddpLoginLimited?: boolean;
}

const LIMITER_MODULE = /^(express-rate-limit|express-slow-down|express-brute|express-limiter|rate-limiter-flexible|@upstash\/ratelimit|koa-ratelimit|koa2-ratelimit|koa-better-ratelimit|@fastify\/rate-limit|fastify-rate-limit|hapi-rate-limit|hapi-rate-limitor|next-rate-limit|@nestjs\/throttler|limiter|lambda-rate-limiter)(\/|$)/;
/** What limiter variables and helpers are called: loginLimiter, authRateLimit, throttle, slowDown, brute. */
const LIMITER_NAME = /rate[-_]?limit|limiter|throttl|slow[-_]?down|brute/i;
const ROUTE_METHODS = new Set(['post', 'put', 'patch', 'all']);
/** The other calls that mount limiters, routers or route tables. */
const ROUTING_CALLS = new Set(['use', 'register', 'useGlobalGuards', 'route']);
const APP_FACTORIES = /^(express|fastify|koa|hono|@hapi\/hapi\.server|restify\.createServer|polka)$/;

/** Normalised path segments that name an authentication step an attacker can repeat. */
/**
 * Steps where a secret is guessed: passwords, one-time codes, token endpoints (CWE-307). Sign-up and
 * password-reset requests are abused in bulk rather than guessed (a 32-byte reset token is not
 * brute-forced), so they are not reported here.
 */
const CREDENTIAL_SEGMENTS = new Set([
  'login', 'signin', 'logon', 'authenticate', 'verifyotp', 'validateotp', 'checkotp', 'confirmotp',
  'verify2fa', 'verifymfa', 'verifytotp', 'verifycode', 'verifypin', 'otplogin',
]);
/** One-time-code namespaces: only checking a code is guessable (`/otp/verify`); sending or enabling one is not. */
const CODE_NAMESPACES = new Set(['otp', '2fa', 'mfa', 'totp', 'code', 'smscode', 'pin']);
const CODE_CHECKS = new Set(['verify', 'validate', 'check', 'confirm', 'login']);

/** Does this route path check a guessable credential? */
export function isAuthPath(path: string): boolean {
  const raw = path.split('/').filter((s) => s && !s.startsWith(':') && !s.startsWith('[') && !s.startsWith('{'));
  const segs = raw.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const prev = segs[i - 1];
    if (CREDENTIAL_SEGMENTS.has(s) || CREDENTIAL_SEGMENTS.has(lastWord(raw[i]!))) return true;
    if (s === 'token' && (prev === 'auth' || prev === 'oauth' || prev === 'oauth2')) return true;
    if ((s === 'session' || s === 'sessions') && prev === 'auth') return true;
    if (prev && CODE_CHECKS.has(s) && CODE_NAMESPACES.has(prev)) return true;
  }
  return false;
}

/** A compound segment's last word: a login for one kind of user (`scanner-login`, `admin_login`, `deviceLogin`) is still a login. */
function lastWord(segment: string): string {
  const words = segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

/** `/token` in routes/auth.js is an auth route once mounted at `/api/auth`: keep it for the project step. */
function mayBeAuthPath(path: string): boolean {
  return isAuthPath(path) || /^\/?(token|sessions?|verify|validate|check|confirm)(\/|$)/i.test(path);
}

/**
 * A token endpoint that takes a password (`router.post('/api/token', …)` reading `req.body.password`):
 * the OAuth password grant and API-token exchanges check credentials like a login form does. (Token
 * routes without a password in the request, such as refreshing or creating one for a signed-in user,
 * are not.)
 */
function passwordTokenRoute(path: string, method: string, routeText: string): boolean {
  if (method !== 'post' && method !== 'all') return false;
  const last = path.split('/').filter(Boolean).pop()?.toLowerCase() ?? '';
  if (!/^(token|tokens|access[-_]?token)$/.test(last)) return false;
  return /\b(body|payload)\.password\b|\{[^}]*\bpassword\b[^}]*\}\s*=\s*\w+\.(body|payload)\b/.test(routeText);
}

/** A secret the client sends to be checked: a password, a PIN, a one-time code. */
const GUESSABLE_SECRET = /\b(body|payload)\.(password|passcode|pin|otp)\b|\{[^}]*\b(password|passcode|pin|otp)\b[^}]*\}\s*=\s*\w+\.(body|payload)\b/;
/** The handler first checks who the caller is (a Firebase ID token or session cookie): a signed-in user's request, not a guess. */
const VERIFIES_CALLER = /\.(verifyIdToken|verifySessionCookie)\s*\(/;

/**
 * Cloud Functions HTTP endpoints: `export const name = onRequest(handler)` (v2, or v1
 * `functions.https.onRequest`, also `exports.name = …`) is served at `/name`; the Functions
 * Framework's `http('name', handler)` likewise.
 */
function cloudHttpFunctions(program: Node, ctx: CodeRuleContext): { name: string; handler: Node; at: Node }[] {
  const out: { name: string; handler: Node; at: Node }[] = [];
  // (An HTTP function: `onRequest`/`https.onRequest`, or the Functions Framework's `http('name', fn)`.)
  const httpHandler = (call: Node, framework: boolean): Node | undefined => {
    const t = firebaseTriggerOf(call, ctx.modules);
    if (!t || t.role !== 'http') return undefined;
    return (t.registeredBy === 'http') === framework ? t.handler : undefined;
  };
  for (const s of program.body as Node[]) {
    const d = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
    if (d.type === 'VariableDeclaration' && d !== s) {
      for (const v of d.declarations as Node[]) {
        const init = v.init && unwrap(v.init);
        const handler = init ? httpHandler(init, false) : undefined;
        if (handler && v.id.type === 'Identifier') out.push({ name: v.id.name, handler, at: s });
      }
    }
    if (d.type !== 'ExpressionStatement') continue;
    const x = unwrap(d.expression);
    // exports.name = functions.https.onRequest(handler)
    if (x.type === 'AssignmentExpression' && /^(module\.)?exports\.\w+$/.test(memberPath(x.left) ?? '')) {
      const handler = httpHandler(unwrap(x.right), false);
      if (handler) out.push({ name: propertyName(x.left)!, handler, at: s });
    }
    // functions.http('name', handler)
    const handler = x.type === 'CallExpression' ? httpHandler(x, true) : undefined;
    const name = handler ? stringValue(x.arguments[0]) : undefined;
    if (name !== undefined && handler) out.push({ name, handler, at: s });
  }
  return out;
}

/**
 * A sign-in that trades an identity provider's signed ID token for a session (Firebase Auth
 * `createSessionCookie(idToken)`, `verifyIdToken(idToken)` of Firebase Admin or Google's
 * OAuth2Client): the provider checked the password; a forged token fails its signature, so there is
 * nothing to guess. (Not when the handler also takes a password or code itself.)
 */
function identityTokenExchange(routeText: string): boolean {
  return /\.(createSessionCookie|verifyIdToken)\s*\(/.test(routeText) && !PASSWORD_CHECK.test(routeText) && !/\bcode\b/i.test(routeText);
}

export function joinRoute(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : '/';
}

/** Does a limiter mounted at `prefix` see requests to `path`? */
export function prefixCovers(prefix: string, path: string): boolean {
  const p = prefix.replace(/\/+$/, '');
  if (p === '' || p === '*' || p === '/*') return true;
  return path === p || path.startsWith(p + '/');
}

/** An Astro endpoint module (`src/pages/**.ts`, importing Astro's types or modules): methods exported by name. */
const ASTRO_ENDPOINT = /(?:^|\/)src\/pages\/.+\.[cm]?[jt]s$/;

/** `app/api/auth/login/route.ts` → `/api/auth/login` (route groups dropped); pages/api likewise. */
function nextRoutePath(filePath: string): { path: string; kind: 'app' | 'pages' | 'function' } | undefined {
  const app = /(?:^|\/)app\/((?:[^/]+\/)*)route\.[cm]?[jt]sx?$/.exec(filePath);
  if (app) return { path: '/' + app[1]!.split('/').filter((s) => s && !/^\(.*\)$/.test(s)).join('/'), kind: 'app' };
  // Next.js pages/api and Vercel-style api/ functions: a default-exported (req, res) handler per file.
  const pages = /(?:^|\/)pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(filePath);
  if (pages) return { path: '/' + pages[1], kind: 'pages' };
  const vercel = /(?:^|\/)(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(filePath);
  if (vercel) return { path: '/' + vercel[1], kind: 'function' };
  return undefined;
}

/**
 * Route modules of file-routed frameworks and the exports that take form posts:
 * Remix/React Router `app/routes/auth.login.tsx` (`export const action`, flat or folder routes,
 * `_layout` segments and `($lang)` optional segments dropped), SvelteKit
 * `src/routes/(auth)/login/+page.server.ts` (`export const actions`) and `+server.ts` (`export const POST`).
 */
function fileRoutePath(filePath: string, astroModule: boolean): { path: string; handlers: RegExp } | undefined {
  const remix = /(?:^|\/)app\/routes\/(.+?)(?:\/route)?\.[cm]?[jt]sx?$/.exec(filePath);
  if (remix) {
    const segs = remix[1]!.split(/[./]/).filter((seg) => seg && !seg.startsWith('_') && !/^\(.*\)$/.test(seg) && !/^\+/.test(seg));
    return { path: '/' + segs.map((seg) => seg.replace(/_$/, '').replace(/^\$/, ':')).join('/'), handlers: /^action$/ };
  }
  // Astro endpoints: `src/pages/login.ts` exporting `POST` (or `ALL`) handlers.
  const astro = /(?:^|\/)src\/pages\/(.+?)(?:\/index)?\.[cm]?[jt]s$/.exec(filePath);
  if (astro && astroModule) return { path: '/' + astro[1]!.replace(/\[(?:\.\.\.)?(\w+)\]/g, ':$1'), handlers: /^(POST|PUT|PATCH|ALL)$/ };
  const kit = /(?:^|\/)src\/routes\/((?:[^/]+\/)*)\+(page\.server|server)\.[cm]?[jt]s$/.exec(filePath);
  if (kit) {
    const path = '/' + kit[1]!.split('/').filter((seg) => seg && !/^\(.*\)$/.test(seg)).join('/');
    return { path, handlers: kit[2] === 'server' ? /^(POST|PUT|PATCH)$/ : /^actions$/ };
  }
  return undefined;
}

/** Qwik City page modules (`src/routes/(auth)/login/index.tsx`) and their action constructors (modules: taint/qwik.ts). */
const QWIK_PAGE = /(?:^|\/)src\/routes\/((?:[^/]+\/)*)index\.[cm]?[jt]sx?$/;
const QWIK_ACTION = /^(@builder\.io\/qwik-city|@qwik\.dev\/router)\.(routeAction\$|globalAction\$)$/;

/** A password (or one-time code) read or compared in a function's body. */
const PASSWORD_CHECK = /passw(?:or)?d|passcode|\botp\b|totp|\bpin\b/i;

/** A server function's name that spells a login step: `loginAttendee`, `signInAction`, `authenticateFn`, `verifyOtp`. */
function serverLoginName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.some((w, i) => CREDENTIAL_SEGMENTS.has(w) || (i > 0 && CREDENTIAL_SEGMENTS.has(words[i - 1]! + w)));
}

function hasUseServer(body: Node[] | undefined): boolean {
  return !!body?.some((st: Node) => st.type === 'ExpressionStatement' && st.directive === 'use server');
}

/**
 * Server functions: the exported functions of a module that starts with `'use server'`, and functions
 * whose body starts with it (`export const login = action(async (form) => { 'use server'; … })`), with
 * the name they are exported or bound under.
 */
function serverFunctions(program: Node): { name: string; fn: Node; at: Node }[] {
  const out: { name: string; fn: Node; at: Node }[] = [];
  const fileLevel = hasUseServer(program.body);
  walk(program, [{
    FunctionDeclaration(fn, ancestors) {
      const exported = ancestors[ancestors.length - 1]?.type === 'ExportNamedDeclaration' && ancestors.length === 2;
      if (fn.id && ((fileLevel && exported) || hasUseServer(fn.body?.body))) out.push({ name: fn.id.name, fn, at: fn });
    },
    VariableDeclarator(d, ancestors) {
      if (d.id.type !== 'Identifier' || !d.init) return;
      const exported = ancestors.length === 3 && ancestors[1]?.type === 'ExportNamedDeclaration';
      let fn: Node | undefined;
      walk(d.init, [{
        ArrowFunctionExpression(f) { if (!fn && hasUseServer(f.body?.body)) fn = f; },
        FunctionExpression(f) { if (!fn && hasUseServer(f.body?.body)) fn = f; },
      }]);
      const init = unwrap(d.init);
      if (!fn && fileLevel && exported && isFunction(init)) fn = init;
      if (fn) out.push({ name: d.id.name, fn, at: d });
    },
  }]);
  return out;
}

/** awilix-koa / awilix-express controllers (awilix-router-core): `createController(api)` builders and `@route` classes. */
const AWILIX_ROUTER = /^awilix-(koa|express|router-core)$/;

/** HTTP clients whose `.post('/login', body)` is a request to a route, not a route. */
const HTTP_CLIENT_MODULE = /^(axios|got|ky|superagent|supertest|node-fetch|undici|needle|request|@angular\/common\/http|ofetch|redaxios)(\/|$|\.)/;

/** What a hand-written router compares with route paths: the request path or URL, under its usual names. */
const PATH_SUBJECT = /(^|\.)(pathname|path|url|route|sub|subpath|urlPath|reqPath|requestPath)$/;
/** The request handed to what a branch runs: `login(req, res)`, `panel.login(req, res, query)`. */
const REQUEST_ARG = /^(req|request|res|response)$/;

/** `pathname === '/login'` (also inside `&& req.method === 'POST'`): the auth path a branch dispatches on. */
function dispatchedPath(test: Node): string | undefined {
  const n = unwrap(test);
  if (n.type === 'LogicalExpression' && n.operator === '&&') return dispatchedPath(n.left) ?? dispatchedPath(n.right);
  if (n.type !== 'BinaryExpression' || (n.operator !== '===' && n.operator !== '==')) return undefined;
  const [lit, subject] = stringValue(n.right) !== undefined ? [n.right, n.left] : [n.left, n.right];
  const path = stringValue(lit);
  if (path === undefined || !path.startsWith('/') || !isAuthPath(path)) return undefined;
  return PATH_SUBJECT.test(memberPath(unwrap(subject)) ?? '') ? path : undefined;
}

/** Does the branch pass the request or response on to a handler? (A client-side `if (location.pathname === '/login')` does not.) */
function handsOnRequest(branch: Node): boolean {
  let found = false;
  walk(branch, [{
    CallExpression(call) {
      if (!found && call.arguments.some((a: Node) => unwrap(a).type === 'Identifier' && REQUEST_ARG.test(unwrap(a).name))) found = true;
    },
  }]);
  return found;
}

export function collectRateLimitFacts(program: Node, ctx: CodeRuleContext): RateLimitFacts {
  const topLevel = new Map<string, Node>();
  for (const s of program.body as Node[]) {
    const d = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
    if (d.type === 'FunctionDeclaration' && d.id) topLevel.set(d.id.name, d);
    if (d.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init) topLevel.set(v.id.name, unwrap(v.init));
  }
  /** `export default handler` → the function it names. */
  const resolveHandler = (n: Node): Node => (n.type === 'Identifier' && topLevel.get(n.name)) || n;
  const locationOf = (node: Node): Location => ({
    path: ctx.path,
    startLine: ctx.lines.line(node.start),
    startColumn: ctx.lines.column(node.start),
    endLine: ctx.lines.line(Math.max(node.start, node.end - 1)),
    endColumn: ctx.lines.column(Math.max(node.start, node.end - 1)) + 1,
  });

  /** In-file routers mounted under a prefix: `app.use('/auth', authRouter)`. */
  const localPrefix = new Map<string, string>();
  // Names bound to limiters, to apps, and to routers imported from other files.
  const limiterNames = new Set<string>();
  const appNames = new Set<string>(['app', 'server', 'fastify']);
  const importedRouters = new Map<string, string>();
  // Browser code (React/Vue/Angular/Svelte components) calls routes; it does not declare them.
  const frontend = /\.(jsx|tsx|vue|svelte)$/.test(ctx.path) || [...ctx.modules.specifiers].some((m) => /^(react|react-dom|vue|svelte|@angular\/core|solid-js|preact)(\/|$)/.test(m));
  /** `const api = axios.create(…)`: calls on it are outgoing requests. */
  const clientNames = new Set<string>();
  for (const [local, b] of ctx.modules.bindings) {
    if (LIMITER_MODULE.test(b.module) || (isRelativeSpecifier(b.module) && LIMITER_NAME.test(b.module))) limiterNames.add(local);
    else if (isRelativeSpecifier(b.module) || b.module.startsWith('@/') || b.module.startsWith('~/')) importedRouters.set(local, b.module);
  }
  const awilixFile = [...ctx.modules.bindings.values()].some((b) => AWILIX_ROUTER.test(b.module));
  const fromLimiterModule = (n: Node): boolean => LIMITER_MODULE.test(ctx.qualifiedName(n) ?? '') && !/^(express|fastify)$/.test(ctx.qualifiedName(n) ?? '');
  walk(program, [{
    VariableDeclarator(d) {
      if (d.id.type !== 'Identifier' || !d.init) return;
      let init = unwrap(d.init);
      if (init.type === 'AwaitExpression') init = unwrap(init.argument);
      if (init.type !== 'CallExpression' && init.type !== 'NewExpression') return;
      const qualified = ctx.qualifiedName(init.callee) ?? '';
      if ((LIMITER_MODULE.test(qualified) && !/^(express|fastify)$/.test(qualified)) || LIMITER_NAME.test(memberPath(init.callee) ?? '')) limiterNames.add(d.id.name);
      if (init.type === 'CallExpression' && APP_FACTORIES.test(qualified)) appNames.add(d.id.name);
      if (HTTP_CLIENT_MODULE.test(qualified)) clientNames.add(d.id.name);
      if (init.type === 'NewExpression' && /^(koa|hono)$/.test(qualified)) appNames.add(d.id.name);
      // new Router({ prefix: '/api' }) (@koa/router)
      const routerPrefix = /^(@koa\/router|koa-router)$/.test(qualified) ? stringValue(objectProperty(init.arguments[0], 'prefix')) : undefined;
      if (routerPrefix) localPrefix.set(d.id.name, routerPrefix);
    },
  }]);

  const isLimiter = (arg: Node | undefined): boolean => {
    if (!arg) return false;
    const n = unwrap(arg);
    if (n.type === 'ArrayExpression') return n.elements.some((e: Node | null) => !!e && isLimiter(e));
    if (n.type === 'Identifier') return limiterNames.has(n.name) || LIMITER_NAME.test(n.name);
    if (n.type === 'MemberExpression') {
      const p = memberPath(n) ?? '';
      return LIMITER_NAME.test(p) || /(^|\.)prevent$/.test(p) && /brute/i.test(p) || fromLimiterModule(n);
    }
    // `require('@fastify/rate-limit')` names the module itself.
    if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require') return LIMITER_MODULE.test(stringValue(n.arguments[0]) ?? '');
    if (n.type === 'CallExpression') return fromLimiterModule(n.callee) || LIMITER_NAME.test(memberPath(n.callee) ?? '') || isLimiter(n.callee);
    return false;
  };
  /** A handler that consults a limiter itself: `await loginLimiter.consume(req.ip)`, `ratelimit.limit(ip)`. */
  const usesLimiterInside = (fn: Node): boolean => {
    let found = false;
    walk(fn, [{ CallExpression(c) { if (!found && isLimiter(unwrap(c.callee).type === 'MemberExpression' ? unwrap(c.callee).object : c.callee)) found = true; } }]);
    return found;
  };
  /** Fastify route options `{ config: { rateLimit: {...} } }`, Hapi `options.plugins['hapi-rate-limit']`. */
  const optionsLimit = (n: Node): boolean => {
    let found = false;
    walk(n, [{ Property(p) { if (!isFunction(unwrap(p.value)) && LIMITER_NAME.test(propertyName(p) ?? '')) found = true; } }]);
    return found;
  };
  const pathOf = (n: Node | undefined): string | undefined => {
    if (!n) return undefined;
    const v = ctx.constantValue(n);
    return typeof v === 'string' ? v : undefined;
  };

  const facts: Required<Omit<RateLimitFacts, 'ddpLoginLimited'>> & RateLimitFacts = { authRoutes: [], usesRateLimit: false, rateLimitedPrefixes: [], routerMounts: [] };
  /** Per receiver (`app`, `router`): limiters applied so far, as [prefix, offset]. */
  const applied = new Map<string, { prefix: string; offset: number }[]>();
  const routes: { receiver: string; path: string; method: string; node: Node; limited: boolean; fileRoute?: boolean; credential?: boolean; cloudFunction?: boolean; ddpLogin?: boolean; serverFunction?: string }[] = [];
  /** App receiver → where its first app-wide limiter is applied; and where each router mount happens. */
  const globalAt = new Map<string, number>();
  const mountSites: { receiver: string; offset: number }[] = [];

  const addRoute = (receiver: string, path: string, method: string, at: Node, limited: boolean) => {
    if (mayBeAuthPath(path) && identityTokenExchange(ctx.text.slice(at.start, at.end))) return;
    if (mayBeAuthPath(path)) routes.push({ receiver, path, method, node: at, limited });
    else if (passwordTokenRoute(path, method, ctx.text.slice(at.start, at.end))) routes.push({ receiver, path, method, node: at, limited, credential: true });
  };

  walk(program, [{
    CallExpression(call) {
      if (frontend) return;
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression') return;
      const method = calleeProperty(call) ?? '';
      // (Most calls are none of these: decided before reading the receiver.)
      if (!ROUTE_METHODS.has(method) && !ROUTING_CALLS.has(method)) return;
      const args: Node[] = call.arguments;
      let receiverNode = unwrap(callee.object);
      // router.route('/login').post(handler)
      let routePath: string | undefined;
      if (receiverNode.type === 'CallExpression' && calleeProperty(receiverNode) === 'route' && ROUTE_METHODS.has(method)) {
        routePath = pathOf(receiverNode.arguments[0]);
        receiverNode = unwrap(receiverNode.callee).object;
      }
      // awilix-router-core: `createController(api).prefix('/auth').before([mw]).post('/login', 'login', { before: [limiter] })`.
      const builder = ROUTE_METHODS.has(method) ? awilixBuilder(receiverNode) : undefined;
      if (builder) {
        const p = pathOf(args[0]);
        const options = args[2] && unwrap(args[2]).type === 'ObjectExpression' ? args[2] : undefined;
        // (Reported at `.post(`: the chain's call starts at `createController(` lines above.)
        const at = { type: 'CallExpression', start: callee.property.start, end: call.end } as Node;
        if (p !== undefined) addRoute('', joinRoute(builder.prefix, p), method, at, builder.limited || isLimiter(objectProperty(options, 'before')));
        return;
      }
      const receiver = memberPath(receiverNode) ?? '';
      // axios.post('/api/login', form), supertest `request(app).post('/login')`, Angular `this.http.post(…)`.
      if (receiverNode.type === 'CallExpression' || clientNames.has(receiver) || HTTP_CLIENT_MODULE.test(ctx.qualifiedName(receiverNode) ?? '') || /(^|\.)(http|httpClient|\$http)$/.test(receiver)) return;
      if (routePath !== undefined) {
        addRoute(receiver, routePath, method, call, args.some(isLimiter) || args.some((a) => isFunction(unwrap(a)) && usesLimiterInside(a)));
        return;
      }
      if (method === 'use') {
        // app.use(['/login', '/otp/verify'], limiter): one prefix per path
        const first = args[0] && unwrap(args[0]);
        const prefixList = first?.type === 'ArrayExpression' ? first.elements.map((e: Node | null) => pathOf(e ?? undefined)) : undefined;
        if (prefixList && prefixList.length && prefixList.every((p: string | undefined) => p !== undefined) && args.slice(1).some(isLimiter)) {
          if (!applied.has(receiver)) applied.set(receiver, []);
          for (const p of prefixList as string[]) {
            applied.get(receiver)!.push({ prefix: p, offset: call.start });
            if (appNames.has(receiver)) facts.rateLimitedPrefixes.push(p);
          }
          return;
        }
        const prefix = pathOf(args[0]);
        const rest = prefix === undefined ? args : args.slice(1);
        const limited = rest.some(isLimiter);
        const isApp = appNames.has(receiver);
        if (limited) {
          if (!applied.has(receiver)) applied.set(receiver, []);
          applied.get(receiver)!.push({ prefix: prefix ?? '', offset: call.start });
          if (isApp && (prefix === undefined || prefix === '/' || prefix === '*')) {
            facts.usesRateLimit = true;
            if (!globalAt.has(receiver)) globalAt.set(receiver, call.start);
          }
          else if (isApp && prefix !== undefined) facts.rateLimitedPrefixes.push(prefix);
        }
        for (const a of rest) {
          const n = unwrap(a);
          const spec = n.type === 'Identifier' ? importedRouters.get(n.name)
            : n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' ? stringValue(n.arguments[0]) : undefined;
          if (spec && !LIMITER_NAME.test(spec)) {
            facts.routerMounts.push({ prefix: joinRoute(localPrefix.get(receiver) ?? '', prefix ?? ''), spec, limited });
            mountSites.push({ receiver, offset: call.start });
          }
          else if (n.type === 'Identifier' && !isLimiter(n)) localPrefix.set(n.name, joinRoute(localPrefix.get(receiver) ?? '', prefix ?? ''));
        }
        return;
      }
      if (method === 'register') {
        // fastify.register(rateLimit, { max: 100 }) applies to every route unless `global: false`.
        if (isLimiter(args[0]) && ctx.constantValue(objectProperty(args[1], 'global')) !== false) facts.usesRateLimit = true;
        // Hapi: server.register({ plugin: require('hapi-rate-limit'), options: {...} })
        if (isLimiter(objectProperty(args[0], 'plugin'))) facts.usesRateLimit = true;
        return;
      }
      if (method === 'useGlobalGuards' && args.some((a) => /Throttl/.test(ctx.source(a)))) {
        facts.usesRateLimit = true;
        return;
      }
      if (method === 'route' && args[0]) {
        // Hapi `server.route({ method: 'POST', path: '/login', handler })`, Fastify `fastify.route({ url })`.
        const defs = unwrap(args[0]).type === 'ArrayExpression' ? unwrap(args[0]).elements : [args[0]];
        for (const d of defs as Node[]) {
          if (!d || unwrap(d).type !== 'ObjectExpression') continue;
          const m = ctx.constantValue(objectProperty(d, 'method'));
          const p = pathOf(objectProperty(d, 'path') ?? objectProperty(d, 'url'));
          if (typeof m === 'string' && p !== undefined && /^(post|put|patch|\*)$/i.test(m)) {
            addRoute(receiver, p, m.toLowerCase(), d, optionsLimit(d) || usesLimiterInside(d));
          }
        }
        return;
      }
      if (ROUTE_METHODS.has(method)) {
        const p = pathOf(args[0]);
        if (p === undefined || args.length < 2) return;
        // The last argument of a route is its handler; an object or string there is a request body.
        const last = unwrap(args[args.length - 1]);
        if (last.type === 'ObjectExpression' || last.type === 'Literal' || last.type === 'TemplateLiteral') return;
        const rest = args.slice(1);
        const limited = rest.some(isLimiter)
          || rest.some((a) => unwrap(a).type === 'ObjectExpression' && optionsLimit(a))
          || rest.some((a) => isFunction(unwrap(a)) && usesLimiterInside(a));
        addRoute(receiver, p, method, call, limited);
      }
    },
    ObjectExpression(o) {
      // NestJS `{ provide: APP_GUARD, useClass: ThrottlerGuard }`
      const provide = objectProperty(o, 'provide');
      const useClass = objectProperty(o, 'useClass') ?? objectProperty(o, 'useExisting');
      if (provide && useClass && /APP_GUARD/.test(ctx.source(provide)) && /Throttl/.test(ctx.source(useClass))) facts.usesRateLimit = true;
    },
    ClassDeclaration(cls) { nestRoutes(cls); if (awilixFile) awilixClassRoutes(cls); },
    ClassExpression(cls) { nestRoutes(cls); if (awilixFile) awilixClassRoutes(cls); },
    // A hand-written router on a plain `http` server: `if (pathname === '/login') return login(req, res)`.
    IfStatement(stmt) {
      if (frontend) return;
      const path = dispatchedPath(stmt.test);
      if (path !== undefined && handsOnRequest(stmt.consequent)) routes.push({ receiver: '', path, method: 'any', node: stmt, limited: usesLimiterInside(stmt.consequent) });
    },
    SwitchStatement(sw) {
      if (frontend || !PATH_SUBJECT.test(memberPath(unwrap(sw.discriminant)) ?? '')) return;
      for (const c of sw.cases as Node[]) {
        const path = c.test ? stringValue(c.test) : undefined;
        // (The case itself is walked: its test is a literal, the rest is the branch.)
        if (path !== undefined && path.startsWith('/') && isAuthPath(path) && handsOnRequest(c)) routes.push({ receiver: '', path, method: 'any', node: c, limited: usesLimiterInside(c) });
      }
    },
  }]);

  /**
   * The builder a route method is called on, when its chain starts at awilix's `createController(api)`:
   * the prefix it sets and whether a `.before(…)` on it (every route of the controller) holds a limiter.
   */
  function awilixBuilder(receiver: Node): { prefix: string; limited: boolean } | undefined {
    let prefix = '';
    let limited = false;
    let n = receiver;
    for (let i = 0; i < 64 && n.type === 'CallExpression'; i++) {
      const callee = unwrap(n.callee);
      if (callee.type !== 'MemberExpression') {
        const q = ctx.qualifiedName(callee) ?? '';
        return q.endsWith('.createController') && AWILIX_ROUTER.test(q.slice(0, -'.createController'.length)) ? { prefix, limited } : undefined;
      }
      const name = propertyName(callee);
      if (name === 'prefix') prefix = pathOf(n.arguments[0]) ?? prefix;
      else if (name === 'before') limited ||= n.arguments.some(isLimiter);
      n = unwrap(callee.object);
    }
    return undefined;
  }

  /** An awilix-router-core class controller: `@route('/auth')`, then `@route('/login') @POST() @before([limiter])` on a method. */
  function awilixClassRoutes(cls: Node) {
    const fromAwilix = (name: string) => AWILIX_ROUTER.test(ctx.modules.bindings.get(name)?.module ?? '');
    const decorators = (n: Node) => ((n.decorators ?? []) as Node[]).map(decoratorCall).filter((d): d is { name: string; args: Node[] } => !!d && fromAwilix(d.name));
    const own = decorators(cls);
    const prefix = pathOf(own.find((d) => d.name === 'route')?.args[0]) ?? '';
    const classLimited = own.some((d) => d.name === 'before' && d.args.some(isLimiter));
    for (const member of cls.body.body as Node[]) {
      if (member.type !== 'MethodDefinition') continue;
      const ds = decorators(member);
      const verb = ds.find((d) => /^(POST|PUT|PATCH|ALL)$/.test(d.name));
      if (!verb) continue;
      const paths = ds.filter((d) => d.name === 'route').map((d) => pathOf(d.args[0]));
      const limited = classLimited || ds.some((d) => d.name === 'before' && d.args.some(isLimiter));
      const at = (member.decorators as Node[]).find((d) => decoratorCall(d)?.name === verb.name)!;
      for (const p of paths.length ? paths : ['']) if (p !== undefined) addRoute('', joinRoute(prefix, p), verb.name.toLowerCase(), at, limited);
    }
  }

  function decoratorCall(d: Node): { name: string; args: Node[] } | undefined {
    const e = unwrap(d.expression);
    if (e.type === 'CallExpression') return { name: memberPath(e.callee) ?? '', args: e.arguments };
    if (e.type === 'Identifier') return { name: e.name, args: [] };
    return undefined;
  }
  function nestRoutes(cls: Node) {
    const classDecorators = (cls.decorators ?? []).map(decoratorCall).filter(Boolean) as { name: string; args: Node[] }[];
    // NestJS `@Controller`, routing-controllers `@Controller` / `@JsonController`.
    const controller = classDecorators.find((d) => d.name === 'Controller' || d.name === 'JsonController');
    if (!controller) return;
    const arg = controller.args[0];
    const prefix = pathOf(arg) ?? pathOf(objectProperty(arg, 'path')) ?? '';
    // `@Throttle()`, or a limiter middleware attached by decorator (routing-controllers `@UseBefore(loginLimiter)`).
    const throttles = (ds: Node[]) => ds.some((d) => (/Throttl|RateLimit/i.test(ctx.source(d)) && !/SkipThrottle/.test(ctx.source(d)))
      || (/^(UseBefore|UseGuards|UseInterceptors|Middleware)$/.test(decoratorCall(d)?.name ?? '') && decoratorCall(d)!.args.some(isLimiter)));
    const classLimited = throttles(cls.decorators ?? []);
    for (const member of cls.body.body as Node[]) {
      if (member.type !== 'MethodDefinition' || !member.decorators?.length) continue;
      for (const d of member.decorators as Node[]) {
        const call = decoratorCall(d);
        if (!call || !/^(Post|Put|Patch|All)$/.test(call.name)) continue;
        const p = joinRoute(prefix, pathOf(call.args[0]) ?? '');
        const skipped = (member.decorators as Node[]).some((x) => /SkipThrottle/.test(ctx.source(x)));
        addRoute('', p, call.name.toLowerCase(), d, !skipped && (classLimited || throttles(member.decorators)));
      }
    }
  }

  // Next.js route handlers: `export async function POST(req)` in app/**/route.ts; pages/api default export.
  const next = nextRoutePath(ctx.path);
  const astroEndpoint = ASTRO_ENDPOINT.test(ctx.path) && [...ctx.modules.specifiers].some((m) => m === 'astro' || m.startsWith('astro:'));
  if (next && isAuthPath(next.path)) {
    const limited = usesLimiterInside(program) || [...ctx.modules.bindings.values()].some((b) => LIMITER_MODULE.test(b.module));
    for (const s of program.body as Node[]) {
      // (Astro endpoints under src/pages/api/ export their methods by name, `export const POST: APIRoute`.)
      const decl = s.type === 'ExportNamedDeclaration' && (next.kind === 'app' || (next.kind === 'pages' && astroEndpoint)) ? s.declaration : s.type === 'ExportDefaultDeclaration' && next.kind !== 'app' ? s : undefined;
      if (!decl) continue;
      // An api/ file that default-exports a router or a config object is not a request handler.
      const handler = decl.type === 'ExportDefaultDeclaration' ? resolveHandler(decl.declaration) : undefined;
      if (handler && !isFunction(handler)) continue;
      // Outside pages/, an api/ folder may just hold Express handlers imported by a router: a serverless
      // function (Vercel) dispatches on the method itself.
      if (next.kind === 'function' && handler && !/\breq(uest)?\.method\b/.test(ctx.source(handler))) continue;
      const names = decl.type === 'FunctionDeclaration' ? [decl.id?.name] : decl.type === 'VariableDeclaration' ? decl.declarations.map((d: Node) => d.id?.name) : decl.type === 'ExportDefaultDeclaration' ? ['default'] : [];
      if (names.some((n: string | undefined) => n === 'POST' || n === 'PUT' || n === 'PATCH' || n === 'ALL' || n === 'default')) {
        routes.push({ receiver: '', path: next.path, method: names.includes('default') || names.includes('ALL') ? 'any' : String(names[0]).toLowerCase(), node: s, limited, fileRoute: true });
      }
    }
  }
  // Remix / React Router and SvelteKit route modules: the exported action(s) take the login form.
  const fileRoute = next ? undefined : fileRoutePath(ctx.path, astroEndpoint);
  if (fileRoute && isAuthPath(fileRoute.path)) {
    const limited = usesLimiterInside(program) || [...ctx.modules.bindings.values()].some((b) => LIMITER_MODULE.test(b.module));
    for (const s of program.body as Node[]) {
      const decl = s.type === 'ExportNamedDeclaration' ? s.declaration : undefined;
      if (!decl) continue;
      const names: string[] = decl.type === 'FunctionDeclaration' ? [decl.id?.name ?? ''] : decl.type === 'VariableDeclaration' ? decl.declarations.map((d: Node) => d.id?.name ?? '') : [];
      const name = names.find((n) => fileRoute.handlers.test(n));
      if (name) routes.push({ receiver: '', path: fileRoute.path, method: /^(POST|PUT|PATCH)$/.test(name) ? name.toLowerCase() : name === 'ALL' ? 'any' : 'post', node: s, limited, fileRoute: true });
    }
  }
  // Qwik City pages (`src/routes/login/index.tsx`): each exported `routeAction$` takes a form post to the
  // page; one named for a sign-in (`useLogin`), or the only one of a sign-in page, checks a password.
  // (An action that answers 429 itself counts its own attempts.)
  const qwikPage = next ? undefined : QWIK_PAGE.exec(ctx.path);
  if (qwikPage && [...ctx.modules.specifiers].some((m) => QWIK_CITY_MODULES.test(m))) {
    const path = '/' + qwikPage[1]!.split('/').filter((seg) => seg && !/^\(.*\)$/.test(seg)).map((seg) => seg.replace(/^\[(?:\.\.\.)?(\w+)\]$/, ':$1')).join('/');
    const actions: { name: string; stmt: Node; fn: Node }[] = [];
    for (const s of program.body as Node[]) {
      const decl = s.type === 'ExportNamedDeclaration' ? s.declaration : undefined;
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations as Node[]) {
        const init = d.init && unwrap(d.init);
        if (d.id?.type !== 'Identifier' || init?.type !== 'CallExpression' || !QWIK_ACTION.test(ctx.qualifiedName(init.callee) ?? '') || !init.arguments[0]) continue;
        actions.push({ name: d.id.name, stmt: s, fn: init.arguments[0] });
      }
    }
    for (const a of actions) {
      if (!isAuthPath(`/${a.name}`) && !(actions.length === 1 && isAuthPath(path))) continue;
      const text = ctx.text.slice(a.fn.start, a.fn.end);
      if (!/\.(password|passcode|pin|otp|code)\b/.test(text)) continue;
      const limited = usesLimiterInside(a.fn) || /\b(fail|status|error)\s*\(\s*429\b/.test(text) || [...ctx.modules.bindings.values()].some((b) => LIMITER_MODULE.test(b.module));
      routes.push({ receiver: '', path: isAuthPath(path) ? path : `${path === '/' ? '' : path}/${a.name}`, method: 'post', node: a.stmt, limited, fileRoute: true });
    }
  }
  // Cloud Functions: each HTTP function is its own endpoint, a login by its name or by the secret it checks.
  if (!frontend && [...ctx.modules.specifiers].some((m) => FIREBASE_MODULE.test(m))) {
    for (const f of cloudHttpFunctions(program, ctx)) {
      const text = ctx.text.slice(f.handler.start, f.handler.end);
      const credential = GUESSABLE_SECRET.test(text) && !VERIFIES_CALLER.test(text);
      if (isAuthPath(`/${f.name}`) || credential) routes.push({ receiver: '', path: `/${f.name}`, method: 'any', node: f.at, limited: usesLimiterInside(f.handler), cloudFunction: true, ...(credential ? { credential: true } : {}) });
    }
  }
  // Server functions (`'use server'` file or function): each is an endpoint the client posts to directly.
  for (const f of /['"]use server['"]/.test(ctx.text) ? serverFunctions(program) : []) {
    if (!serverLoginName(f.name) || !PASSWORD_CHECK.test(ctx.text.slice(f.fn.start, f.fn.end))) continue;
    routes.push({ receiver: '', path: `/${f.name}`, method: 'post', node: f.at, limited: usesLimiterInside(f.fn), serverFunction: f.name });
  }
  // Meteor accounts: the built-in DDP login limit removed, and DDPRateLimiter rules that may restore it.
  if ([...ctx.modules.specifiers].some((m) => /^meteor\/(accounts-base|ddp-rate-limiter)$/.test(m)) && /\b(removeDefaultRateLimit|DDPRateLimiter)\b/.test(ctx.text)) {
    let spellsLogin = false;
    walk(program, [{ Literal(l: Node) { if (l.value === 'login' || (l.regex && /login/.test(l.regex.pattern))) spellsLogin = true; } }]);
    walk(program, [{
      CallExpression(c: Node) {
        const path = memberPath(c.callee) ?? '';
        if (path === 'Accounts.removeDefaultRateLimit' && ctx.modules.bindings.get('Accounts')?.module === 'meteor/accounts-base') {
          routes.push({ receiver: '', path: '/login', method: 'any', node: c, limited: false, ddpLogin: true });
        }
        if (path === 'DDPRateLimiter.addRule' && ctx.modules.bindings.get('DDPRateLimiter')?.module === 'meteor/ddp-rate-limiter') {
          const matcher = c.arguments[0] && unwrap(c.arguments[0]);
          const name = matcher?.type === 'ObjectExpression' ? objectProperty(matcher, 'name') : undefined;
          // No `name`: every method; a name (or a function, or a list) where the file spells `'login'` may be it.
          if (matcher?.type === 'ObjectExpression' && (!name || spellsLogin)) facts.ddpLoginLimited = true;
        }
      },
    }]);
  }
  // SvelteKit's hooks.server `handle` runs before every request, like Next.js middleware.
  if (/(^|\/)src\/hooks\.server\.[cm]?[jt]s$/.test(ctx.path) && (usesLimiterInside(program) || [...ctx.modules.bindings.values()].some((b) => LIMITER_MODULE.test(b.module)))) {
    facts.usesRateLimit = true;
  }
  // Next.js middleware.ts that rate-limits runs before every matched route.
  if (/(^|\/)(src\/)?middleware\.[cm]?[jt]s$/.test(ctx.path) && (usesLimiterInside(program) || [...ctx.modules.bindings.values()].some((b) => LIMITER_MODULE.test(b.module)))) {
    facts.usesRateLimit = true;
  }

  let sourceLines: string[] | undefined;
  let sups: ReturnType<typeof parseSuppressions> | undefined;
  for (const r of routes) {
    const prefix = localPrefix.get(r.receiver) ?? '';
    const path = joinRoute(prefix, r.path);
    const before = (applied.get(r.receiver) ?? []).some((a) => a.offset < r.node.start && prefixCovers(a.prefix, r.path));
    // A limiter on the app covers in-file routers mounted on it, if applied before the route.
    const onApp = [...appNames].some((app) => (applied.get(app) ?? []).some((a) => a.offset < r.node.start && prefixCovers(a.prefix, path)));
    const location = locationOf(r.node);
    const limited = r.limited || before || onApp;
    const fact: AuthRouteFact = { path, method: r.method, location, limited, ...(r.fileRoute ? { fileRoute: true } : {}), ...(r.credential ? { credential: true } : {}), ...(r.cloudFunction ? { cloudFunction: true } : {}), ...(r.ddpLogin ? { ddpLogin: true } : {}), ...(r.serverFunction ? { serverFunction: r.serverFunction, credential: true } : {}) };
    const globalOffset = globalAt.get(r.receiver);
    if (!limited && globalOffset !== undefined && r.node.start < globalOffset) fact.beforeGlobalLimiter = true;
    if (!limited) {
      fact.snippet = redactSnippet((sourceLines ??= ctx.text.split(/\r?\n/))[location.startLine - 1] ?? '');
      const sup = suppressionFor((sups ??= parseSuppressions(sourceLines)), missingRateLimitMeta.id, location.startLine);
      if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
    }
    facts.authRoutes.push(fact);
  }

  facts.routerMounts.forEach((m, i) => {
    const site = mountSites[i]!;
    const globalOffset = globalAt.get(site.receiver);
    if (!m.limited && globalOffset !== undefined && site.offset < globalOffset) m.beforeGlobalLimiter = true;
  });

  const out: RateLimitFacts = {};
  if (facts.authRoutes.length) out.authRoutes = facts.authRoutes;
  if (facts.usesRateLimit) out.usesRateLimit = true;
  if (facts.rateLimitedPrefixes.length) out.rateLimitedPrefixes = facts.rateLimitedPrefixes;
  if (facts.routerMounts.length) out.routerMounts = facts.routerMounts;
  if (facts.ddpLoginLimited) out.ddpLoginLimited = true;
  return out;
}
