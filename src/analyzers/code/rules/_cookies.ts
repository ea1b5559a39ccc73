/**
 * Where session cookies get their attributes, shared by js/cookie-without-secure and
 * js/cookie-without-httponly: session middleware options and cookie-setting calls, each with the
 * library's own defaults (express-session leaves `secure` off; Express `res.cookie` leaves
 * `httpOnly` off; the `cookies` package behind koa-session and cookie-session sets `secure` by
 * itself on HTTPS requests).
 */
import type { CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, isFunction, memberPath, objectProperty, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { definitionOf, objectLiteralOf } from '../frontend/js/bindings.js';
import { NUXT_SERVER_PATH } from '../models/sources.js';
import { nameWords, simpleName } from './_names.js';

export interface CookieSite {
  /** Where a missing attribute is reported: the middleware or setter being called. */
  at: Node;
  what: string;
  /** The options object literal, when it is known; undefined when options are absent. */
  options?: Node;
  /** The options were passed but cannot be read (a variable from elsewhere, a spread): say nothing. */
  opaque: boolean;
  /** Attribute defaults of this library when the option is left out. */
  secureByDefault: boolean;
  httpOnlyByDefault: boolean;
}

/** Middleware factory → where its cookie options live and its defaults. */
const SESSION_MIDDLEWARE: Record<string, { cookiePath?: string[]; secure: boolean; httpOnly: boolean; lastArgument?: true }> = {
  'express-session': { cookiePath: ['cookie'], secure: false, httpOnly: true },
  'cookie-session': { secure: true, httpOnly: true },
  'koa-session': { secure: true, httpOnly: true },
  'koa-generic-session': { cookiePath: ['cookie'], secure: true, httpOnly: true },
  '@fastify/session': { cookiePath: ['cookie'], secure: true, httpOnly: true },
  '@fastify/secure-session': { cookiePath: ['cookie'], secure: false, httpOnly: true },
  'fastify-session': { cookiePath: ['cookie'], secure: true, httpOnly: true },
  // NextAuth.js: its session token cookie is Secure whenever the site URL is https, unless
  // `cookies.sessionToken.options` overrides it.
  'next-auth': { cookiePath: ['cookies', 'sessionToken', 'options'], secure: true, httpOnly: true },
  // AdonisJS: `config/session.ts` exports `defineConfig({ cookie: {…} })`, HttpOnly unless told otherwise
  // (`secure` follows the app's own choice, usually `app.inProduction`: only an explicit false is reported).
  '@adonisjs/session.defineConfig': { cookiePath: ['cookie'], secure: true, httpOnly: true },
  // Keystone 6: `statelessSessions({ secret, secure, … })` (and `storedSessions`) take the cookie
  // options at the top; the cookie is HttpOnly always and Secure in production unless told otherwise.
  '@keystone-6/core/session.statelessSessions': { secure: true, httpOnly: true },
  '@keystone-6/core/session.storedSessions': { secure: true, httpOnly: true },
  // h3's sealed sessions, `useSession(event, { password, cookie: {…} })` (Vinxi's `vinxi/http` may leave
  // the event out): the cookie is `{ path: '/', secure: true, httpOnly: true }` unless `cookie` says otherwise.
  'h3.useSession': { cookiePath: ['cookie'], secure: true, httpOnly: true, lastArgument: true },
  'h3.getSession': { cookiePath: ['cookie'], secure: true, httpOnly: true, lastArgument: true },
  'vinxi/http.useSession': { cookiePath: ['cookie'], secure: true, httpOnly: true, lastArgument: true },
  'vinxi/http.getSession': { cookiePath: ['cookie'], secure: true, httpOnly: true, lastArgument: true },
};

/** `@remix-run/node.createCookie`, `react-router.createCookieSessionStorage`, … (every Remix/React Router runtime). */
export function remixRuntime(fn: RegExp): RegExp {
  return new RegExp(`^(@remix-run\\/(node|cloudflare|deno|server-runtime|architect)|react-router|@react-router\\/(node|cloudflare|architect))\\.(${fn.source})$`);
}
/** Remix/React Router session storages take `{ cookie: {…} }`; their cookies have neither flag unless asked. */
const REMIX_SESSION_STORAGE = remixRuntime(/create\w*SessionStorage/);
const REMIX_CREATE_COOKIE = remixRuntime(/createCookie/);

/** SvelteKit server code: a route or hook module, or one that imports the kit or its generated types. */
function isSvelteKitServer(ctx: CodeRuleContext): boolean {
  return /(^|\/)(\+(page|layout)\.server|\+server|hooks\.server)\.[cm]?[jt]s$/.test(ctx.path)
    || [...ctx.modules.specifiers].some((s) => s === '@sveltejs/kit' || /(^|\/)\$types$/.test(s));
}

/**
 * Astro server code: a module that imports Astro's types or virtual modules (`astro`, `astro:actions`,
 * `astro:middleware`), or an endpoint or middleware file of an Astro project.
 */
function isAstroServer(ctx: CodeRuleContext): boolean {
  return [...ctx.modules.specifiers].some((s) => s === 'astro' || s.startsWith('astro:'));
}

/** Qwik City server code: a module that imports `@builder.io/qwik-city` (or Qwik 2's `@qwik.dev/router`). */
function isQwikCityServer(ctx: CodeRuleContext): boolean {
  return [...ctx.modules.specifiers].some((s) => /^(@builder\.io\/qwik-city|@qwik\.dev\/router)(\/|$)/.test(s));
}

/** Cookie names and values that carry a login: `sid`, `session`, `auth_token`, `jwt`, `remember_me`. */
const SESSION_WORDS = /^(sid|sess|session|sessionid|ssid|token|auth|authorization|jwt|access|refresh|remember|login|logged|connect|identity|id_token|bearer)$/;

export function isSessionCookieName(name: string | undefined): boolean {
  if (!name) return false;
  return nameWords(name).some((w) => SESSION_WORDS.test(w)) || /sid$/i.test(name);
}

/**
 * `res.cookie`, `reply.setCookie`, `cookies().set`, `response.cookies.set`: (name, value, options);
 * h3's `setCookie(event, name, value, options)` after the event (`first`).
 */
function setterOf(ctx: CodeRuleContext, call: Node): { what: string; httpOnlyByDefault: boolean; secureByDefault: boolean; first?: number } | undefined {
  const prop = calleeProperty(call);
  const callee = unwrap(call.callee);
  // h3 (Nuxt, Nitro) and Hono serialise only the attributes they are given; Nuxt auto-imports h3's in server files.
  const name = ctx.qualifiedName(call.callee);
  if (name === 'h3.setCookie' || name === 'hono/cookie.setCookie' || (name === 'setCookie' && NUXT_SERVER_PATH.test(ctx.path) && !definitionOf(ctx.program, name))) {
    return { what: 'setCookie()', httpOnlyByDefault: false, secureByDefault: false, first: 1 };
  }
  // Vinxi's `setCookie([event,] name, value, options)`: the event may be left out (async context).
  if (name === 'vinxi/http.setCookie') {
    const args = call.arguments as Node[];
    const withoutEvent = args.length <= 2 || (args.length === 3 && !!objectLiteralOf(ctx.program, args[2]));
    return { what: 'setCookie()', httpOnlyByDefault: false, secureByDefault: false, first: withoutEvent ? 0 : 1 };
  }
  // The `cookie` package's serialize(name, value, options): a header with only the attributes it is given.
  if (name === 'cookie.serialize') return { what: 'cookie.serialize()', httpOnlyByDefault: false, secureByDefault: false };
  if (callee.type !== 'MemberExpression') return undefined;
  const receiver = memberPath(callee.object) ?? '';
  if (prop === 'cookie' && /^(res|response|resp|ctx\.res|this\.res)$/.test(receiver.replace(/(\.(status|set|header|clearCookie|type)\(\))+$/, ''))) {
    return { what: 'res.cookie()', httpOnlyByDefault: false, secureByDefault: false };
  }
  if (prop === 'setCookie' && /^(reply|res|response)$/.test(receiver)) return { what: 'reply.setCookie()', httpOnlyByDefault: false, secureByDefault: false };
  // Astro: `Astro.cookies.set`, an endpoint's or action's `context.cookies.set` (`AstroCookies`): it
  // serialises only the attributes it is given, neither HttpOnly nor Secure by default.
  if (prop === 'set' && /^(\w+\.)?cookies$/.test(receiver) && isAstroServer(ctx)) return { what: 'Astro cookies.set()', httpOnlyByDefault: false, secureByDefault: false };
  // Koa's ctx.cookies (the `cookies` package): httpOnly by default, secure on HTTPS requests.
  if (prop === 'set' && /^(ctx|context|this)\.cookies$/.test(receiver)) return { what: 'ctx.cookies.set()', httpOnlyByDefault: true, secureByDefault: true };
  // Next.js: cookies().set(…) / response.cookies.set(…) write a plain Set-Cookie.
  if (prop === 'set' && (/^(next\/headers\.)?cookies\(\)$/.test(ctx.qualifiedName(callee.object) ?? '') || /^(res|response|resp|NextResponse\.\w+\(\))\.cookies$/.test(receiver))) {
    return { what: 'cookies().set()', httpOnlyByDefault: false, secureByDefault: false };
  }
  // Qwik City: the request event's `cookie.set(name, value, options)` / `append` writes only the attributes it is given.
  if ((prop === 'set' || prop === 'append') && /^((\w+\.)?cookie)$/.test(receiver) && isQwikCityServer(ctx)) return { what: 'cookie.set()', httpOnlyByDefault: false, secureByDefault: false };
  // SvelteKit: the request event's `cookies.set(name, value, opts)` is httpOnly and secure unless told otherwise.
  if (prop === 'set' && /^(\w+\.)?cookies$/.test(receiver) && isSvelteKitServer(ctx)) return { what: 'cookies.set()', httpOnlyByDefault: true, secureByDefault: true };
  return undefined;
}

/** The cookie a call sets or configures, if it carries a session. */
export function cookieSite(ctx: CodeRuleContext, call: Node): CookieSite | undefined {
  if (call.type !== 'CallExpression') return undefined;
  // A Fastify plugin takes its options beside it: `fastify.register(fastifySession, { cookie: {…} })`.
  const plugin = calleeProperty(call) === 'register' && call.arguments.length === 2 ? call.arguments[0] : undefined;
  const name = ctx.qualifiedName(plugin ?? call.callee) ?? '';
  const mw = SESSION_MIDDLEWARE[name.replace(/\.default$/, '')] ?? (!plugin && REMIX_SESSION_STORAGE.test(name) ? { cookiePath: ['cookie'], secure: false, httpOnly: false } : undefined);
  if (mw) {
    const arg = call.arguments[plugin ? 1 : mw.lastArgument ? call.arguments.length - 1 : 0];
    const top = arg ? objectLiteralOf(ctx.program, arg) : undefined;
    if (arg && !top) return { at: call.callee, what: `${name}()`, opaque: true, secureByDefault: mw.secure, httpOnlyByDefault: mw.httpOnly };
    let options = top;
    for (const key of mw.cookiePath ?? []) {
      if (!options) break;
      const inner = objectProperty(options, key);
      options = inner ? objectLiteralOf(ctx.program, inner) : undefined;
      if (inner && !options) return { at: call.callee, what: `${name}()`, opaque: true, secureByDefault: mw.secure, httpOnlyByDefault: mw.httpOnly };
    }
    const opaque = !!options && options.properties.some((p: Node) => p.type === 'SpreadElement');
    return { at: call.callee, what: `${name}()`, ...(options ? { options } : {}), opaque, secureByDefault: mw.secure, httpOnlyByDefault: mw.httpOnly };
  }
  if (REMIX_CREATE_COOKIE.test(name)) {
    // createCookie(name, options): a cookie object for loaders and actions; no flag is on by default.
    if (!isSessionCookieName(String(ctx.constantValue(call.arguments[0]) ?? simpleName(call.arguments[0]) ?? ''))) return undefined;
    const arg = call.arguments[1];
    const options = arg ? objectLiteralOf(ctx.program, arg) : undefined;
    const opaque = (!!arg && !options) || (!!options && options.properties.some((p: Node) => p.type === 'SpreadElement'));
    return { at: call.callee, what: 'createCookie()', ...(options ? { options } : {}), opaque, secureByDefault: false, httpOnlyByDefault: false };
  }
  const header = setCookieHeader(ctx, call);
  if (header) return header;
  const elysia = elysiaCookie(ctx, call);
  if (elysia) return elysia;
  const setter = setterOf(ctx, call);
  if (!setter) return undefined;
  // Only cookies that carry a login: a `theme` or `locale` cookie needs neither flag.
  const [nameArg, value, arg] = (call.arguments as Node[]).slice(setter.first ?? 0);
  const cookieName = ctx.constantValue(nameArg);
  const named = typeof cookieName === 'string' ? isSessionCookieName(cookieName) : isSessionCookieName(simpleName(nameArg));
  if (!named && !isSessionCookieName(simpleName(value))) return undefined;
  const options = arg ? objectLiteralOf(ctx.program, arg) : undefined;
  const opaque = (!!arg && !options) || (!!options && options.properties.some((p: Node) => p.type === 'SpreadElement'));
  return { at: call, what: setter.what, ...(options ? { options } : {}), opaque, secureByDefault: setter.secureByDefault, httpOnlyByDefault: setter.httpOnlyByDefault };
}

/**
 * Elysia: the handler context's `cookie` holds one reactive cookie per name, written with
 * `cookie.session.set({ value, httpOnly, secure, … })` (or `({ cookie: { session } }) => session.set({…})`).
 * Elysia serialises the attributes it is given, but an app may set defaults for every cookie in
 * `new Elysia({ cookie: {…} })`, possibly in another file: only an attribute turned off here is known.
 */
function elysiaCookie(ctx: CodeRuleContext, call: Node): CookieSite | undefined {
  if (calleeProperty(call) !== 'set' || call.arguments.length !== 1 || !ctx.modules.specifiers.has('elysia')) return undefined;
  const options = objectLiteralOf(ctx.program, call.arguments[0]);
  if (!options) return undefined;
  const target = unwrap(unwrap(call.callee).object);
  let name: string | undefined;
  if (target.type === 'MemberExpression' && /(^|\.)cookie$/.test(memberPath(target.object) ?? '')) {
    const key = target.computed ? ctx.constantValue(target.property) : propertyName(target);
    name = typeof key === 'string' ? key : undefined;
  } else if (target.type === 'Identifier') name = destructuredCookie(ctx.program, target);
  if (!name) return undefined;
  const value = objectProperty(options, 'value');
  if (!isSessionCookieName(name) && !isSessionCookieName(simpleName(value)) && !isSignedToken(value)) return undefined;
  const opaque = options.properties.some((p: Node) => p.type === 'SpreadElement');
  return { at: call, what: 'Elysia cookie.set()', options, opaque, secureByDefault: true, httpOnlyByDefault: true };
}

/** `({ cookie: { session } }) => …` / `({ cookie: { portal: p } })`: the cookie name `id` stands for. */
function destructuredCookie(program: Node, id: Node): string | undefined {
  let found: string | undefined;
  walk(program, [{
    Property(p, ancestors) {
      if (found || propertyName(p) !== 'cookie' || unwrap(p.value).type !== 'ObjectPattern') return;
      const fn = ancestors.findLast((a) => isFunction(a));
      if (!fn || fn.start > id.start || id.end > fn.end || !ancestors.includes(fn.params[0])) return;
      for (const q of unwrap(p.value).properties as Node[]) {
        const local = q.type === 'Property' ? (q.value.type === 'AssignmentPattern' ? q.value.left : q.value) : undefined;
        if (local?.type === 'Identifier' && local.name === id.name) found = propertyName(q);
      }
    },
  }]);
  return found;
}

/** `jwt.sign(…)` / `await jwt.sign(…)`, `new SignJWT(…).sign(key)`: a cookie holding it carries a login. */
function isSignedToken(value: Node | undefined): boolean {
  let v = value && unwrap(value);
  if (v?.type === 'AwaitExpression') v = unwrap(v.argument);
  return v?.type === 'CallExpression' && calleeProperty(v) === 'sign';
}

/**
 * A hand-written `Set-Cookie` header (plain Node servers, `new Response` headers):
 * `res.setHeader('Set-Cookie', \`sid=${id}; Path=/\`)`, `headers.append('Set-Cookie', …)`,
 * `res.writeHead(302, { 'Set-Cookie': … })`. The header carries only the attributes written in its
 * text; a cookie being cleared (`Max-Age=0`) carries nothing to protect.
 */
function setCookieHeader(ctx: CodeRuleContext, call: Node): CookieSite | undefined {
  const prop = calleeProperty(call);
  let value: Node | undefined;
  if (prop && /^(setHeader|header|set|append)$/.test(prop) && String(ctx.constantValue(call.arguments[0]) ?? '').toLowerCase() === 'set-cookie') value = call.arguments[1];
  else if (prop === 'writeHead') {
    for (const a of call.arguments as Node[]) {
      const obj = unwrap(a).type === 'ObjectExpression' ? unwrap(a) : undefined;
      const p = obj?.properties.find((q: Node) => q.type === 'Property' && (propertyName(q) ?? '').toLowerCase() === 'set-cookie');
      if (p) value = p.value;
    }
  }
  if (!value) return undefined;
  const v = unwrap(value);
  const cookies = (v.type === 'ArrayExpression' ? v.elements.filter(Boolean) : [v]).map((c: Node) => headerText(ctx, c));
  // (One call may set several cookies: the ones that carry a login decide.)
  const sessions = cookies.filter((c: { text: string; nameHint?: string } | undefined) => c && !/;\s*(max-age\s*=\s*0|expires\s*=\s*thu,\s*01 jan 1970)/i.test(c.text) && isSessionCookieName(cookieNameOf(c)));
  if (!sessions.length) return undefined;
  const all = (re: RegExp) => sessions.every((c: { text: string }) => re.test(c.text));
  return { at: value, what: 'a Set-Cookie header', opaque: false, httpOnlyByDefault: all(/;\s*httponly\b/i), secureByDefault: all(/;\s*secure\b/i) };
}

function cookieNameOf(c: { text: string; nameHint?: string }): string | undefined {
  const name = c.text.split('=')[0]!.trim();
  return name.includes('${…}') ? c.nameHint : name;
}

/** A cookie header's constant text, with `${…}` for what is computed; the name's expression when it is computed. */
function headerText(ctx: CodeRuleContext, n: Node): { text: string; nameHint?: string } | undefined {
  const u = unwrap(n);
  const c = ctx.constantValue(u);
  if (typeof c === 'string') return { text: c };
  if (u.type === 'TemplateLiteral') {
    const text = u.quasis.map((q: Node, i: number) => (q.value.cooked ?? '') + (i < u.expressions.length ? '${…}' : '')).join('');
    return { text, ...(text.startsWith('${…}') ? { nameHint: simpleName(u.expressions[0]) } : {}) };
  }
  if (u.type === 'BinaryExpression' && u.operator === '+') {
    const l = headerText(ctx, u.left);
    const r = headerText(ctx, u.right);
    return { text: (l?.text ?? '${…}') + (r?.text ?? '${…}'), ...(l ? (l.nameHint ? { nameHint: l.nameHint } : {}) : { nameHint: simpleName(u.left) }) };
  }
  return undefined;
}

/** The option property named `name` in the cookie options (case-insensitive: `httpOnly`, `httponly`). */
export function cookieOption(site: CookieSite, name: string): Node | undefined {
  if (!site.options) return undefined;
  return site.options.properties.find((p: Node) => p.type === 'Property' && (propertyName(p) ?? '').toLowerCase() === name.toLowerCase());
}
