import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import type { Node } from '../frontend/js/ast.js';
import { calleeProperty, isFunction, memberPath, objectProperty, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { collectInitializers, isTrueValue, resolveLocal } from './_local-values.js';

const ALLOW_ORIGIN = 'access-control-allow-origin';
const ALLOW_CREDENTIALS = 'access-control-allow-credentials';
/**
 * Middleware factories whose first argument is a cors options object (Feathers re-exports the
 * `cors` package from `@feathersjs/express` and `@koa/cors` from `@feathersjs/koa`).
 */
/** Option names of Sails' CORS config (`config/security.js`), not of the cors package. */
const SAILS_CORS_KEYS = /^(allRoutes|allowOrigins|allowCredentials|allowAnyOriginWithCredentialsUnsafe|allowRequestHeaders|allowRequestMethods)$/;
const CORS_FACTORIES = new Set(['cors', '@koa/cors', 'koa2-cors', 'kcors', '@fastify/cors', 'fastify-cors', 'hono/cors.cors', '@feathersjs/express.cors', '@feathersjs/koa.cors', '@elysiajs/cors.cors', '@elysiajs/cors.default']);
/** Middlewares whose `origin` function receives the request's Origin first and returns the origin to allow (Hono). */
const ORIGIN_RETURNED_BY_FUNCTION = new Set(['hono/cors.cors']);
/** Koa's cors middlewares and Elysia's cors plugin (`origin: true` by default) echo the request's Origin when no origin is configured. */
const REFLECTS_BY_DEFAULT = new Set(['@koa/cors', 'koa2-cors', 'kcors', '@feathersjs/koa.cors', '@elysiajs/cors.cors', '@elysiajs/cors.default']);
const ALLOW_METHODS = 'access-control-allow-methods';
const SAFE_METHODS = /^(get|head|options)$/i;

/**
 * Methods declared as only GET/HEAD/OPTIONS (`methods: ['GET']`, `'GET,HEAD'`): with a wildcard
 * origin and no credentials, a public read-only API by the author's own declaration.
 */
function readOnlyMethods(ctx: CodeRuleContext, value: Node | undefined): boolean {
  if (!value) return false;
  const v = unwrap(value);
  const names = v.type === 'ArrayExpression'
    ? v.elements.map((el: Node | null) => (el ? ctx.constantValue(el) : undefined))
    : String(ctx.constantValue(v) ?? '').split(',');
  return names.length > 0 && names.every((n: unknown) => typeof n === 'string' && SAFE_METHODS.test(n.trim()));
}

/** Header-setting methods: Express/Node `res`, Fastify `reply`, Koa `ctx`, Fetch `Headers`. */
const HEADER_SETTERS = new Set(['setHeader', 'header', 'set', 'append']);

type Verdict = { kind: 'any' | 'reflect'; why: string } | undefined;

function lowerConst(ctx: CodeRuleContext, node: Node | undefined): string | undefined {
  const v = ctx.constantValue(node);
  return typeof v === 'string' ? v.toLowerCase() : undefined;
}

/** `req.headers.origin`, `req.headers['origin']`, `req.get('origin')`, `req.header('Origin')`, `request.headers.get('origin')`. */
function isOriginRead(ctx: CodeRuleContext, node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'MemberExpression') {
    return propertyName(n)?.toLowerCase() === 'origin' && /(^|\.)headers$/.test(memberPath(n.object) ?? '');
  }
  if (n.type === 'CallExpression' && /^(get|header)$/.test(calleeProperty(n) ?? '') && lowerConst(ctx, n.arguments[0]) === 'origin') return true;
  if (n.type === 'LogicalExpression') return isOriginRead(ctx, n.left) || isOriginRead(ctx, n.right);
  return false;
}

/** An origin callback `(origin, cb) => …` that calls back with `true` (or the origin) on every path. */
function alwaysAllows(fn: Node): boolean {
  if (!isFunction(fn) || fn.params.length < 2) return false;
  const originName = fn.params[0].type === 'Identifier' ? fn.params[0].name : undefined;
  const cbName = fn.params[1].type === 'Identifier' ? fn.params[1].name : undefined;
  if (!cbName) return false;
  let allows = 0;
  let denies = 0;
  // `true`, the origin itself, or `origin || true` (no Origin header: allowed too).
  const allowsAll = (v: Node): boolean => {
    const u = unwrap(v);
    if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '??')) return allowsAll(u.left) && allowsAll(u.right);
    return (u.type === 'Literal' && u.value === true) || (u.type === 'Identifier' && u.name === originName);
  };
  walk(fn.body, [{
    CallExpression(call) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'Identifier' || callee.name !== cbName) return;
      const verdict = call.arguments[1] && unwrap(call.arguments[1]);
      const first = call.arguments[0] && unwrap(call.arguments[0]);
      const errorFirst = first && !(first.type === 'Literal' && first.value === null) && !(first.type === 'Identifier' && first.name === 'undefined');
      if (!errorFirst && verdict && allowsAll(verdict)) allows++;
      else denies++;
    },
    ThrowStatement() { denies++; },
  }]);
  return allows > 0 && denies === 0;
}

/** Koa-style `origin: (ctx) => ctx.get('Origin')`: the allowed origin is whatever the request sent. */
function returnsRequestOrigin(ctx: CodeRuleContext, fn: Node): boolean {
  if (fn.body.type !== 'BlockStatement') return isOriginRead(ctx, fn.body);
  const returns: Node[] = [];
  walk(fn.body, [{ ReturnStatement(r) { if (r.argument) returns.push(r.argument); } }]);
  return returns.length > 0 && returns.every((r) => isOriginRead(ctx, r) || ctx.constantValue(r) === '*');
}

/**
 * Hono-style `origin: (origin, c) => origin`: the function gets the request's Origin as its first
 * parameter and every return gives it back unchanged (or `'*'`), so every Origin is allowed.
 */
function returnsItsOriginParam(ctx: CodeRuleContext, fn: Node): boolean {
  const param = fn.params[0];
  if (!param || param.type !== 'Identifier') return false;
  const isParam = (n: Node): boolean => {
    const u = unwrap(n);
    if (u.type === 'Identifier') return u.name === param.name;
    // origin ?? '*', origin || '*'
    if (u.type === 'LogicalExpression' && (u.operator === '||' || u.operator === '??')) return isParam(u.left) && (isParam(u.right) || ctx.constantValue(u.right) === '*');
    return ctx.constantValue(u) === '*';
  };
  if (fn.body.type !== 'BlockStatement') return ctx.constantValue(fn.body) === undefined && isParam(fn.body);
  const returns: Node[] = [];
  let bare = false;
  walk(fn.body, [{ ReturnStatement(r) { if (r.argument) returns.push(r.argument); else bare = true; } }]);
  return !bare && returns.length > 0 && returns.some((r) => ctx.constantValue(r) === undefined) && returns.every(isParam);
}

/** What an `origin` option value lets through. */
function originVerdict(ctx: CodeRuleContext, value: Node, inits: Map<string, Node>, originReturned = false): Verdict {
  const v = resolveLocal(value, inits) ?? unwrap(value);
  const c = ctx.constantValue(v);
  if (c === '*') return { kind: 'any', why: "origin '*'" };
  if (c === true) return { kind: 'reflect', why: 'origin: true (echoes any Origin)' };
  if (v.type === 'LogicalExpression' && (v.operator === '||' || v.operator === '??') && ctx.constantValue(v.right) === '*') {
    return { kind: 'any', why: "an origin that falls back to '*'" };
  }
  if (v.type === 'Literal' && v.regex && /^\^?\.[*+]\$?$/.test(v.regex.pattern)) return { kind: 'reflect', why: `origin ${ctx.source(v)} (matches every Origin)` };
  // Hapi `origin: ['*']` (and lists written the same way elsewhere) mean "any origin".
  if (v.type === 'ArrayExpression' && v.elements.some((e: Node | null) => e && ctx.constantValue(e) === '*')) return { kind: 'any', why: "origin ['*']" };
  if (isFunction(v) && alwaysAllows(v)) return { kind: 'reflect', why: 'an origin callback that allows every Origin' };
  if (isFunction(v) && returnsRequestOrigin(ctx, v)) return { kind: 'reflect', why: 'an origin function that returns the request\'s Origin' };
  if (originReturned && isFunction(v) && returnsItsOriginParam(ctx, v)) return { kind: 'reflect', why: 'an origin function that returns the request\'s Origin unchecked' };
  return undefined;
}

/** Does this scope also send `Access-Control-Allow-Credentials: true`? */
function sendsCredentials(ctx: CodeRuleContext, scope: Node): boolean {
  let found = false;
  const truthy = (n: Node | undefined) => {
    const v = ctx.constantValue(n);
    return v === true || v === 'true';
  };
  walk(scope, [{
    CallExpression(call) {
      if (HEADER_SETTERS.has(calleeProperty(call) ?? '') && lowerConst(ctx, call.arguments[0]) === ALLOW_CREDENTIALS && truthy(call.arguments[1])) found = true;
    },
    Property(p) {
      if (p.key && (propertyName(p) ?? '').toLowerCase() === ALLOW_CREDENTIALS && truthy(p.value)) found = true;
    },
    ObjectExpression(o) {
      if (lowerConst(ctx, objectProperty(o, 'key')) === ALLOW_CREDENTIALS && truthy(objectProperty(o, 'value'))) found = true;
    },
  }]);
  return found;
}

/**
 * Does this scope declare its CORS methods as read-only (`'Access-Control-Allow-Methods': 'GET'`,
 * `res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD')`), and every such declaration so?
 */
function declaresReadOnlyMethods(ctx: CodeRuleContext, scope: Node): boolean {
  const values: (Node | undefined)[] = [];
  walk(scope, [{
    CallExpression(call) {
      if (HEADER_SETTERS.has(calleeProperty(call) ?? '') && lowerConst(ctx, call.arguments[0]) === ALLOW_METHODS) values.push(call.arguments[1]);
    },
    Property(p) {
      if (p.key && (propertyName(p) ?? '').toLowerCase() === ALLOW_METHODS) values.push(p.value);
    },
  }]);
  return values.length > 0 && values.every((v) => readOnlyMethods(ctx, v));
}

function nearestScope(ancestors: readonly Node[]): Node {
  for (let i = ancestors.length - 1; i >= 0; i--) if (isFunction(ancestors[i])) return ancestors[i]!;
  return ancestors[0]!;
}

/** Is the reflected origin checked against something (an allow-list, a comparison) in this function? */
function originIsChecked(ctx: CodeRuleContext, scope: Node, originText: string, path: readonly Node[]): boolean {
  let checked = false;
  const CHECK = /^(includes|has|indexOf|test|match|some|find|endsWith|startsWith|isAllowed\w*|is\w*Origin\w*)$/;
  const isOrigin = (n: Node | undefined | null) => !!n && ctx.source(unwrap(n)) === originText;
  // The test must look at the origin itself (`ALLOWED.has(origin)`, `origin === x`,
  // `isAllowedOrigin(origin)`), not merely mention it beside another check (`origin && url.pathname.startsWith('/api/')`).
  const testMentions = (test: Node | undefined) => {
    if (!test || !ctx.source(test).includes(originText)) return;
    walk(test, [{
      CallExpression(c) {
        const callee = unwrap(c.callee);
        const name = callee.type === 'MemberExpression' ? propertyName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
        if (!name || !CHECK.test(name)) return;
        if ((callee.type === 'MemberExpression' && isOrigin(callee.object)) || (c.arguments as Node[]).some(isOrigin)) checked = true;
      },
      BinaryExpression(b) {
        const nothing = (n: Node) => { const u = unwrap(n); return (u.type === 'Literal' && (u.value === null || u.value === '')) || (u.type === 'Identifier' && u.name === 'undefined'); };
        if (/^[!=]==?$/.test(b.operator) && ((isOrigin(b.left) && !nothing(b.right)) || (isOrigin(b.right) && !nothing(b.left)))) checked = true;
      },
    }]);
  };
  // A check on another branch than the header's (`if (a) { if (LIST.has(origin)) set(…) } else set(…)`) proves nothing for it.
  const otherBranches: Node[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const n = path[i]!;
    const child = path[i + 1];
    if (n.type === 'IfStatement') {
      if (child === n.consequent && n.alternate) otherBranches.push(n.alternate);
      if (child === n.alternate) otherBranches.push(n.consequent);
    }
  }
  const elsewhere = (t: Node) => otherBranches.some((b) => t.start >= b.start && t.end <= b.end);
  walk(scope, [{
    IfStatement(n) { if (!elsewhere(n)) testMentions(n.test); },
    ConditionalExpression(n) { if (!elsewhere(n)) testMentions(n.test); },
    LogicalExpression(n) { if (n.operator === '&&' && !elsewhere(n)) testMentions(n.left); },
  }]);
  return checked;
}

/**
 * `if (options.origin === '*') res.setHeader('Access-Control-Allow-Origin', '*')`: the header sends
 * what a setting says (a CORS middleware applying its options), not a policy chosen here.
 */
function starIsConfigured(ctx: CodeRuleContext, ancestors: readonly Node[]): boolean {
  for (let i = ancestors.length - 1; i > 0; i--) {
    const a = ancestors[i]!;
    if (isFunction(a)) return false;
    const parent = ancestors[i - 1]!;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.consequent === a && comparesWithStar(ctx, parent.test)) return true;
  }
  return false;
}

/** A test that holds only when some non-constant value equals `'*'` (`opts.origin === '*' && …`). */
function comparesWithStar(ctx: CodeRuleContext, test: Node): boolean {
  const t = unwrap(test);
  if (t.type === 'LogicalExpression' && t.operator === '&&') return comparesWithStar(ctx, t.left) || comparesWithStar(ctx, t.right);
  if (t.type !== 'BinaryExpression' || (t.operator !== '===' && t.operator !== '==')) return false;
  const star = (n: Node) => ctx.constantValue(n) === '*';
  return (star(t.left) && ctx.constantValue(t.right) === undefined) || (star(t.right) && ctx.constantValue(t.left) === undefined);
}

/**
 * `function setOrigin(req, res, allowed) { if (allowed) res.setHeader(…, req.headers.origin) }`: the
 * reflection waits for a verdict the caller reached (a CORS middleware's origin matcher), by name.
 */
const VERDICT = /^(is|was)?(allowed|Allowed|permitted|Permitted|trusted|Trusted|whitelisted|Whitelisted|allowlisted|Allowlisted)$|^(origin|isOrigin)(Allowed|Permitted|Trusted|Ok|OK|Valid)$/;

function gatedByVerdictParam(scope: Node, ancestors: readonly Node[]): boolean {
  if (!isFunction(scope)) return false;
  const params = new Set<string>(scope.params.filter((p: Node) => p.type === 'Identifier' && VERDICT.test(p.name)).map((p: Node) => p.name));
  if (!params.size) return false;
  const mentions = (test: Node): boolean => {
    let found = false;
    walk(test, [{ Identifier(n) { if (params.has(n.name)) found = true; } }]);
    return found || (test.type === 'Identifier' && params.has(test.name));
  };
  for (let i = ancestors.length - 1; i > 0; i--) {
    const a = ancestors[i]!;
    if (a === scope) break;
    const parent = ancestors[i - 1]!;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.consequent === a && mentions(parent.test)) return true;
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === a && mentions(parent.left)) return true;
  }
  return false;
}

/** The origin variable's name when the header value is `origin` declared from the request in this function. */
function reflectedOrigin(ctx: CodeRuleContext, value: Node, scope: Node): string | undefined {
  const v = unwrap(value);
  if (isOriginRead(ctx, v)) return ctx.source(v);
  if (v.type !== 'Identifier') return undefined;
  let fromRequest = false;
  walk(scope, [{
    VariableDeclarator(d) {
      if (d.id.type === 'Identifier' && d.id.name === v.name && d.init && isOriginRead(ctx, d.init)) fromRequest = true;
      // const { origin } = req.headers;
      if (d.id.type === 'ObjectPattern' && d.init && /(^|\.)headers$/.test(memberPath(d.init) ?? '')) {
        for (const p of d.id.properties) if (p.type === 'Property' && propertyName(p)?.toLowerCase() === 'origin' && p.value.type === 'Identifier' && p.value.name === v.name) fromRequest = true;
      }
    },
  }]);
  return fromRequest ? v.name : undefined;
}

/** A handler that sets a static asset's Content-Type (font, image, stylesheet, script). */
const PUBLIC_ASSET_TYPE = /content-type['"`]?\s*[:,]\s*['"`](font\/|image\/|text\/css|(application|text)\/javascript)/i;

export const permissiveCors: CodeRule = {
  meta: {
    id: 'js/permissive-cors',
    title: 'Permissive CORS policy',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [942],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['cors', 'config', 'ai-common'],
    description: 'The server lets any website read its responses: `cors()` with default options, `origin: \'*\'`, or `Access-Control-Allow-Origin: *`. Echoing the request\'s Origin (`origin: true`, an always-true origin callback, or copying `req.headers.origin` into the header) together with `credentials: true` is worse: any site the user visits can call the API with the user\'s cookies and read the answers. Sails\' `config/security.js` is read too: `allowAnyOriginWithCredentialsUnsafe: true`, or `allowOrigins: \'*\'` for all routes.',
    fix: 'List the origins that may call the API: `cors({ origin: [\'https://app.example.com\'], credentials: true })`, or check the Origin against an allow-list in an origin callback (`callback(null, ALLOWED.has(origin))`). When setting headers by hand, only echo an Origin that passed that check, and add `Vary: Origin`. Keep `*` for truly public, cookie-less data only.',
    examples: {
      bad: "app.use(cors({ origin: true, credentials: true }));\n\napp.use((req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  next();\n});",
      good: "const ALLOWED_ORIGINS = ['https://app.example.com', 'https://admin.example.com'];\napp.use(cors({ origin: ALLOWED_ORIGINS, credentials: true }));",
    },
  },
  pattern: {
    create: (ctx) => {
      let inits: Map<string, Node> | undefined;
      const initializers = () => (inits ??= collectInitializers(ctx.program));

      const reportVerdict = (at: Node, verdict: NonNullable<Verdict>, credentials: boolean) => {
        if (credentials && verdict.kind === 'reflect') {
          ctx.report(at, `Permissive CORS: ${verdict.why} with credentials: true lets any website make authenticated requests and read the responses`, { severity: 'high' });
        } else if (credentials) {
          // Browsers refuse '*' with credentials; the usual next "fix" is echoing the Origin, which is exploitable.
          ctx.report(at, `Permissive CORS: ${verdict.why} combined with credentials: the policy admits every website with the user's cookies`, { severity: 'high' });
        } else if (verdict.kind === 'reflect') {
          ctx.report(at, `Permissive CORS: ${verdict.why}; any website can read the responses`);
        } else {
          ctx.report(at, `Permissive CORS: ${verdict.why} lets any website read the responses`);
        }
      };

      /** A cors options object (or its absence) for a middleware/plugin/config. */
      const checkOptions = (optionsArg: Node | undefined, call: Node, reflectsByDefault: boolean, originReturned = false) => {
        if (!optionsArg) {
          const why = reflectsByDefault ? 'default options (echoes any Origin)' : "default options (Access-Control-Allow-Origin: *)";
          reportVerdict(call, { kind: reflectsByDefault ? 'reflect' : 'any', why: `CORS with ${why}` }, false);
          return;
        }
        const options = resolveLocal(optionsArg, initializers());
        if (!options || options.type !== 'ObjectExpression') return;
        const credentials = isTrueValue(objectProperty(options, 'credentials'), ctx.constantValue);
        const originProp = options.properties.find((p: Node) => p.type === 'Property' && propertyName(p) === 'origin');
        if (!originProp) {
          if (options.properties.some((p: Node) => p.type === 'SpreadElement')) return;
          const verdict = reflectsByDefault
            ? { kind: 'reflect' as const, why: 'CORS without an origin option (echoes any Origin)' }
            : { kind: 'any' as const, why: "CORS without an origin option (defaults to '*')" };
          reportVerdict(call, verdict, credentials && reflectsByDefault);
          return;
        }
        const verdict = originVerdict(ctx, originProp.value, initializers(), originReturned);
        // `cors({ origin: '*', methods: ['GET'] })`: a read-only API declared public, without cookies.
        // (@koa/cors calls the option `allowMethods`.)
        if (verdict?.kind === 'any' && !credentials && readOnlyMethods(ctx, objectProperty(options, 'methods') ?? objectProperty(options, 'allowMethods'))) return;
        if (verdict) reportVerdict(originProp, verdict, credentials);
      };

      /**
       * Sails' `config/security.js` `cors: { allRoutes, allowOrigins, allowCredentials }`: its own
       * option names. Sails refuses to lift with `allowOrigins: '*'` and credentials unless
       * `allowAnyOriginWithCredentialsUnsafe` is set, which makes it echo any Origin with credentials.
       * (Without `allRoutes: true` the settings are only defaults for routes that opt in.)
       */
      const sailsCors = (options: Node, at: Node) => {
        const unsafe = objectProperty(options, 'allowAnyOriginWithCredentialsUnsafe');
        if (unsafe && isTrueValue(unsafe, ctx.constantValue)) {
          reportVerdict(unsafe, { kind: 'reflect', why: 'Sails CORS with allowAnyOriginWithCredentialsUnsafe (echoes any Origin)' }, true);
          return;
        }
        if (!isTrueValue(objectProperty(options, 'allRoutes'), ctx.constantValue)) return;
        const origins = objectProperty(options, 'allowOrigins');
        // (Sails' default allowOrigins is '*'.)
        if ((!origins || ctx.constantValue(origins) === '*') && !isTrueValue(objectProperty(options, 'allowCredentials'), ctx.constantValue)) {
          reportVerdict(origins ?? at, { kind: 'any', why: "Sails CORS for all routes with allowOrigins '*'" }, false);
        }
      };

      const checkHeaderValue = (at: Node, value: Node | undefined, ancestors: readonly Node[]) => {
        if (!value) return;
        const scope = nearestScope(ancestors);
        if (ctx.constantValue(value) === '*') {
          if (starIsConfigured(ctx, [...ancestors, at])) return;
          const credentials = sendsCredentials(ctx, scope);
          // Fonts, images, stylesheets and scripts: `*` is how a CDN lets other sites use them (fonts need it).
          if (!credentials && isFunction(scope) && PUBLIC_ASSET_TYPE.test(ctx.source(scope))) return;
          // Read-only methods beside it and no credentials: a public read-only API by the author's own declaration.
          if (!credentials && isFunction(scope) && declaresReadOnlyMethods(ctx, scope)) return;
          reportVerdict(at, { kind: 'any', why: 'Access-Control-Allow-Origin: *' }, credentials);
          return;
        }
        const origin = reflectedOrigin(ctx, value, scope);
        if (origin && !originIsChecked(ctx, scope, origin, [...ancestors, at]) && !gatedByVerdictParam(scope, [...ancestors, at])) {
          ctx.report(at, 'Permissive CORS: the request\'s Origin is copied into Access-Control-Allow-Origin without an allow-list check, so every website is allowed' +
            (sendsCredentials(ctx, scope) ? ', with credentials' : ''), { severity: 'high' });
        }
      };

      return {
        CallExpression(node, ancestors) {
          const callee = ctx.qualifiedName(node.callee) ?? '';
          const method = calleeProperty(node);
          if (CORS_FACTORIES.has(callee)) {
            checkOptions(node.arguments[0], node, REFLECTS_BY_DEFAULT.has(callee), ORIGIN_RETURNED_BY_FUNCTION.has(callee));
          } else if (method === 'enableCors' && unwrap(node.callee).type === 'MemberExpression') {
            // NestJS: app.enableCors() uses the cors package defaults.
            checkOptions(node.arguments[0], node, false);
          } else if (method === 'register' && node.arguments[0] && CORS_FACTORIES.has(ctx.qualifiedName(node.arguments[0]) ?? '')) {
            // fastify.register(cors, { origin: '*' })
            checkOptions(node.arguments[1], node, false);
          } else if (method === 'origins' && /^\*(:\*)?$/.test(String(ctx.constantValue(node.arguments[0]) ?? ''))) {
            // socket.io 2: io.origins('*:*')
            reportVerdict(node, { kind: 'any', why: "socket.io origins('*:*')" }, false);
          } else if (method && HEADER_SETTERS.has(method) && lowerConst(ctx, node.arguments[0]) === ALLOW_ORIGIN) {
            checkHeaderValue(node, node.arguments[1], ancestors);
          }
        },
        Property(node, ancestors) {
          if (ancestors[ancestors.length - 1]?.type !== 'ObjectExpression') return;
          const key = propertyName(node);
          if (key === 'cors') {
            // socket.io `new Server(http, { cors: { origin: '*' } })`, NestFactory `{ cors: true }`, Apollo.
            const value = unwrap(node.value);
            if (value.type === 'ObjectExpression' && value.properties.some((p: Node) => p.type === 'Property' && SAILS_CORS_KEYS.test(propertyName(p) ?? ''))) sailsCors(value, node);
            else if (ctx.constantValue(value) === true) checkOptions(undefined, node, false);
            else if (value.type === 'ObjectExpression' || value.type === 'Identifier') checkOptions(value, node, false);
          } else if (key === 'origins' && /^\*(:\*)?$/.test(String(ctx.constantValue(node.value) ?? ''))) {
            // socket.io 2: require('socket.io')(server, { origins: '*:*' })
            reportVerdict(node, { kind: 'any', why: "socket.io origins: '*:*'" }, false);
          } else if (key?.toLowerCase() === ALLOW_ORIGIN) {
            // res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }), Lambda/Response header objects.
            checkHeaderValue(node, node.value, ancestors);
          } else if (key === 'value') {
            // Next.js `headers()` config: { key: 'Access-Control-Allow-Origin', value: '*' }
            const owner = ancestors[ancestors.length - 1]!;
            if (lowerConst(ctx, objectProperty(owner, 'key')) === ALLOW_ORIGIN && ctx.constantValue(node.value) === '*') {
              // (Beside `{ key: 'Access-Control-Allow-Methods', value: 'GET' }`: a read-only route declared public.)
              const list = ancestors[ancestors.length - 2];
              const methods = list?.type === 'ArrayExpression' ? list.elements.find((el: Node | null) => el?.type === 'ObjectExpression' && lowerConst(ctx, objectProperty(el, 'key')) === ALLOW_METHODS) : undefined;
              if (methods && readOnlyMethods(ctx, objectProperty(methods, 'value')) && !sendsCredentials(ctx, list ?? owner)) return;
              reportVerdict(node, { kind: 'any', why: 'Access-Control-Allow-Origin: * in the headers config' }, sendsCredentials(ctx, ancestors[ancestors.length - 2] ?? owner));
            }
          }
        },
      };
    },
  },
};


