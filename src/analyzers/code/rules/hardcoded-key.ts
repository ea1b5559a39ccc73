import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, memberPath, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { objectLiteralOf, resolveValue } from '../frontend/js/bindings.js';
import { type HardcodedValue, hardcodedValue, isEnvRead } from './_jwt.js';
import { nameWords, simpleName } from './_names.js';
import { remixRuntime } from './_cookies.js';
import { appConfig, configSection } from './_app-config.js';

/**
 * Where the library says "this argument is a key", whatever the variable is called:
 * call → argument index, or the option names that hold the key.
 */
const KEY_ARGUMENTS: { callee: RegExp; arg?: number; options?: string[]; optionsArg?: number; under?: string; what: string }[] = [
  { callee: /^crypto\.(createHmac|createCipheriv|createDecipheriv)$/, arg: 1, what: 'cryptographic key' },
  { callee: /^crypto\.createSecretKey$/, arg: 0, what: 'cryptographic key' },
  { callee: /^(crypto-js|CryptoJS)\.(HmacMD5|HmacSHA1|HmacSHA256|HmacSHA512|AES\.encrypt|AES\.decrypt|TripleDES\.encrypt|TripleDES\.decrypt)$/, arg: 1, what: 'cryptographic key' },
  { callee: /^cookie-parser$/, arg: 0, what: 'cookie-signing secret' },
  { callee: /^express-session$/, options: ['secret'], what: 'session secret' },
  { callee: /^cookie-session$/, options: ['keys', 'secret'], what: 'cookie-signing key' },
  { callee: /^(iron-session\.(getIronSession|sealData|unsealData)|iron-session|next-iron-session\.withIronSession)$/, options: ['password'], what: 'session encryption password' },
  { callee: /^(keygrip|Keygrip)$/, arg: 0, what: 'cookie-signing key' },
  { callee: /^(csrf-csrf\.doubleCsrf|csrf-csrf)$/, options: ['getSecret'], what: 'CSRF secret' },
  // Remix / React Router: createCookie(name, { secrets }) and the session storages' { cookie: { secrets } }.
  { callee: remixRuntime(/createCookie/), optionsArg: 1, options: ['secrets'], what: 'cookie-signing secret' },
  { callee: remixRuntime(/create\w*SessionStorage/), under: 'cookie', options: ['secrets'], what: 'session cookie-signing secret' },
];
/** Fastify plugins registered with a key in their options. */
const FASTIFY_KEY_PLUGINS = /^(@fastify\/cookie|fastify-cookie|@fastify\/session|@fastify\/secure-session|fastify-secure-session)(\.default)?$/;

/** `SESSION_SECRET`, `cookieSecret`, `hmacKey`, `WEBHOOK_SIGNING_SECRET`, `ENCRYPTION_KEY` — not JWT names (js/jwt-hardcoded-secret) or passwords. */
function isKeyName(name: string | undefined): boolean {
  if (!name) return false;
  const w = nameWords(name);
  if (w.some((x) => /^(jwt|jws|token|tokens|password|passwd|pwd|pass|public|pub|publishable|name|path|file|dir|url|uri|env|header|length|size|bits|id|kid|version|algorithm|alg|ttl|prefix)$/.test(x))) return false;
  const purpose = w.some((x) => /^(session|sessions|cookie|cookies|hmac|signing|signature|webhook|whsec|encryption|encrypt|cipher|aes|crypto|csrf|app|master)$/.test(x));
  const key = w.some((x) => /^(secret|secrets|key|keys)$/.test(x));
  return purpose && key;
}

/** Cheap pre-filter: a file without a key-taking API or key name cannot match. */
const FILE_GATE = /createHmac|Cipheriv|createSecretKey|Hmac|AES|TripleDES|cookie|session|keygrip|\.keys\s*=|\bkeys\s*:|secret|csrf/i;

export const hardcodedKey: CodeRule = {
  meta: {
    id: 'js/hardcoded-key',
    title: 'Hard-coded signing or encryption key',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [321, 798],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['crypto', 'secrets', 'session', 'ai-common'],
    description: "A key that signs or encrypts is written in the code: the session secret (`express-session`), cookie-signing keys (`cookie-parser`, `cookie-session`, Koa's `app.keys` and the `keys` of an Egg or Midway config file, `@fastify/cookie`, Remix/React Router `createCookie`/`createCookieSessionStorage` `secrets`), an HMAC key (`crypto.createHmac('sha256', 'k')`), or a cipher key (`createCipheriv`), as a literal, a constant, `Buffer.from('…')`, or a `process.env.X || 'fallback'` default. The position of the argument says it is a key, whatever the variable is called. Anyone with the source can forge session cookies and webhook signatures or decrypt the data; JWT keys and passwords are reported by their own rules.",
    fix: "Read the key at start-up from the environment or a secret manager and fail when it is missing (`const secret = process.env.SESSION_SECRET; if (!secret) throw new Error('SESSION_SECRET is not set')`), never with a default. Generate keys with `openssl rand -base64 32`, rotate any key that was committed, and keep several keys (`keys: [current, previous]`) so rotation does not log everyone out.",
    examples: {
      bad: "app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));\nconst sig = crypto.createHmac('sha256', 'whsec_123').update(body).digest('hex');",
      good: "const { SESSION_SECRET, WEBHOOK_SECRET } = process.env;\nif (!SESSION_SECRET || !WEBHOOK_SECRET) throw new Error('secrets are not set');\napp.use(session({ secret: SESSION_SECRET, resave: false, saveUninitialized: false }));\nconst sig = crypto.createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex');",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const reported = new Set<Node>();
      const report = (node: Node, what: string, hv: HardcodedValue) => {
        if (reported.has(node)) return;
        reported.add(node);
        const how = hv.kind === 'fallback' ? ' (as the fallback when the environment variable is missing)' : '';
        ctx.report(node, `Hard-coded ${what}${how}: anyone with the source can forge or decrypt what it protects (read it from the environment or a secret manager)`, { redact: [hv.literal] });
      };
      /** A key value, or an array of keys: report where the literal is declared, else at `inline`. */
      const checkKey = (key: Node | undefined, inline: Node, what: string) => {
        if (!key) return;
        const v = unwrap(resolveValue(ctx.program, key).value);
        if (v.type === 'ArrayExpression') {
          for (const el of v.elements as (Node | null)[]) {
            const hv = el ? keyValue(ctx, el) : undefined;
            if (hv) return report(hv.declared && hv.declared !== el ? hv.declared : inline, what, hv);
          }
          return;
        }
        const hv = keyValue(ctx, key);
        if (hv) report(hv.declared ?? inline, what, hv);
      };
      const checkOptions = (options: Node | undefined, names: string[], what: string, under?: string) => {
        let obj = objectLiteralOf(ctx.program, options);
        if (obj && under) {
          const p = obj.properties.find((x: Node) => x.type === 'Property' && propertyName(x) === under);
          obj = p ? objectLiteralOf(ctx.program, p.value) : undefined;
        }
        if (!obj) return;
        for (const p of obj.properties) {
          if (p.type === 'Property' && names.includes(propertyName(p) ?? '')) checkKey(p.value, p, what);
        }
      };
      return {
        Program() {
          // Egg and Midway sign their cookies (the session among them) with the `keys` config section.
          const config = appConfig(ctx);
          if (config) for (const v of configSection(config, 'keys')) checkKey(v, v, 'cookie-signing key (config keys)');
        },
        CallExpression(node) {
          const name = (ctx.qualifiedName(node.callee) ?? '').replace(/\.default$/, '');
          for (const row of KEY_ARGUMENTS) {
            if (!row.callee.test(name)) continue;
            if (row.arg !== undefined) checkKey(node.arguments[row.arg], node, row.what);
            if (row.options) checkOptions(node.arguments[row.optionsArg ?? 0], row.options, row.what, row.under);
            return;
          }
          // fastify.register(require('@fastify/cookie'), { secret: '…' })
          if (calleeProperty(node) === 'register' && node.arguments[1]) {
            const plugin = node.arguments[0] && ctx.qualifiedName(node.arguments[0]);
            if (plugin && FASTIFY_KEY_PLUGINS.test(plugin)) checkOptions(node.arguments[1], ['secret', 'key'], 'cookie/session key');
          }
        },
        NewExpression(node) {
          if (/^(keygrip|Keygrip)$/.test(ctx.qualifiedName(node.callee) ?? '')) checkKey(node.arguments[0], node, 'cookie-signing key');
        },
        AssignmentExpression(node) {
          // Koa: app.keys = ['…'] signs every cookie (koa-session, ctx.cookies.set(…, { signed: true })).
          const left = unwrap(node.left);
          if (left.type === 'MemberExpression' && propertyName(left) === 'keys' && isKoaApp(ctx, left.object)) {
            checkKey(node.right, node, 'cookie-signing key (app.keys)');
          }
        },
        LogicalExpression(node) {
          // process.env.SESSION_SECRET || 'dev-secret', wherever it is written (a config module).
          if ((node.operator === '||' || node.operator === '??') && isEnvRead(node.left) && isKeyName(simpleName(node.left))) {
            const fallback = stringValue(node.right);
            if (fallback && !/^(\s*|change[-_ ]?me|<.*>|\$\{.*\})$/i.test(fallback)) {
              ctx.report(node, 'Hard-coded key used as the fallback when the environment variable is missing: the app runs with a key everyone can read', { redact: [unwrap(node.right)] });
            }
          }
        },
      };
    },
  },
};

/** `app` in `app.keys = …`: created by `new Koa()` in this file, or called `app` as Koa apps are. */
function isKoaApp(ctx: CodeRuleContext, node: Node): boolean {
  const v = unwrap(resolveValue(ctx.program, node).value);
  if (v.type === 'NewExpression') return /^koa(\.default)?$/.test(ctx.qualifiedName(v.callee) ?? '');
  return /^(app|this\.app|server)$/.test(memberPath(node) ?? '');
}

/** A hard-coded key, also through a key derived from a literal passphrase (`scryptSync('pass', salt, 32)`). */
function keyValue(ctx: CodeRuleContext, node: Node): HardcodedValue | undefined {
  const hv = hardcodedValue(ctx, node);
  if (hv) return hv;
  const resolved = resolveValue(ctx.program, node);
  const v = unwrap(resolved.value);
  if (v.type === 'CallExpression' && /^crypto\.(scryptSync|pbkdf2Sync)$/.test(ctx.qualifiedName(v.callee) ?? '')) {
    const inner = hardcodedValue(ctx, v.arguments[0]);
    if (inner) return { ...inner, ...(resolved.site ? { declared: resolved.site } : {}) };
  }
  return undefined;
}
