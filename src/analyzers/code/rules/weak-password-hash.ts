import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import type { Location } from '../../../findings/finding.js';
import type { HelperCall, HelperFact } from './_helper-facts.js';
import { type Node, calleeProperty, children, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { isRelativeSpecifier } from '../frontend/js/modules.js';
import { parseSuppressions, suppressionFor } from '../../../findings/suppressions.js';
import { redactSnippet } from '../../../findings/redact.js';
import { definitionOf } from '../frontend/js/bindings.js';
import { enclosingFunctionName, isPasswordName, mentionsPassword, simpleName } from './_names.js';

/** General-purpose hashes: fast by design, so a GPU tries billions of password guesses a second. */
const FAST_HASH = /^(md4|md5|sha-?1|sha-?224|sha-?256|sha-?384|sha-?512|sha3-\d+|sha512-256|ripemd-?160|rmd160|blake2b512|blake2s256|sm3|whirlpool)$/i;
/** `md5(x)`, `sha1(x)`, `CryptoJS.SHA256(x)`, `sha256(x)` from js-sha256, `CryptoJS.HmacSHA256(x, k)`. */
const HASH_FUNCTION = /^(md5|blueimp-md5|sha1|sha256|js-md5|js-sha1|js-sha256(\.sha256|\.sha224)?|js-sha512(\.sha512)?|crypto-js\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160|HmacMD5|HmacSHA1|HmacSHA256|HmacSHA512)|crypto-js\/(md5|sha1|sha256|sha512|sha3)|CryptoJS\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160|HmacMD5|HmacSHA1|HmacSHA256|HmacSHA512))$/;
const MIN_PBKDF2_ITERATIONS = 100_000;

/**
 * Does any identifier or property name inside the expression name a password? Functions inside it
 * are not read: a callback is code, not a value (its calls are read as calls of their own), and
 * reading every function argument made a bundle's nested factories quadratic.
 */
function hashesPassword(expr: Node | undefined): boolean {
  if (!expr) return false;
  if (isPasswordName(simpleName(expr))) return true;
  const todo: Node[] = [expr];
  for (let n = todo.pop(); n; n = todo.pop()) {
    if (isFunction(n)) continue;
    if ((n.type === 'Identifier' || n.type === 'MemberExpression') && isPasswordName(simpleName(n))) return true;
    todo.push(...children(n));
  }
  return false;
}

/** The name the hash result is stored under or returned as: `const hashedPassword = …`, `user.password = …`. */
function targetName(ancestors: readonly Node[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.type === 'VariableDeclarator') return simpleName(a.id);
    if (a.type === 'AssignmentExpression') return simpleName(a.left);
    if (a.type === 'Property') return propertyName(a);
    if (/Statement$|Function/.test(a.type)) return undefined;
  }
  return undefined;
}

/** A member of Bun's global or of the `bun` module: `Bun.CryptoHasher` or `bun.CryptoHasher` gives `CryptoHasher`. */
function bunMember(name: string): string | undefined {
  return /^(Bun|bun)\./.test(name) ? name.slice(4) : undefined;
}
/** Bun's one-shot hashes: `Bun.MD5.hash(x)`, `Bun.SHA256.hash(x, 'hex')`. */
const BUN_HASH = /^(MD4|MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA512_256)\.hash$/;

/** The upper-cased name of an algorithm argument when it is a constant fast hash. */
function fastAlgorithm(alg: unknown): string | undefined {
  return typeof alg === 'string' && FAST_HASH.test(alg) ? alg.toUpperCase() : undefined;
}

/** `crypto.createHash(alg)` / `createHmac(alg)`, or Bun's streaming `new Bun.CryptoHasher(alg)`. */
function algorithmOf(ctx: CodeRuleContext, call: Node, ancestors?: readonly Node[]): string | undefined {
  const name = ctx.qualifiedName(call.callee) ?? '';
  const bun = call.type === 'NewExpression' && bunMember(name) === 'CryptoHasher';
  if (!bun && (call.type !== 'CallExpression' || !/^crypto\.(createHash|createHmac)$/.test(name))) return undefined;
  return fastAlgorithm(ctx.constantValue(call.arguments[0]) ?? (ancestors ? algorithmFromCallers(ctx, call.arguments[0], ancestors) : undefined));
}

/** The fast algorithm of a Bun one-shot hash call (`Bun.MD5.hash(x)`, `Bun.CryptoHasher.hash('md5', x)`). */
function bunOneShot(ctx: CodeRuleContext, call: Node, name: string): string | undefined {
  const member = bunMember(name);
  const m = member ? BUN_HASH.exec(member) : null;
  if (m) return m[1]!.replace('_', '/');
  return member === 'CryptoHasher.hash' ? fastAlgorithm(ctx.constantValue(call.arguments[0])) : undefined;
}

/**
 * The algorithm of a hash whose name is a parameter (`digest(algorithm, salt, password)`): what
 * the calls of that function in this file pass, a constant or a field of the module's defaults
 * (`digest(opts.algorithm, …)` after `Object.assign({}, DEFAULTS, options)` with
 * `DEFAULTS = { algorithm: 'sha1' }`): every caller that passes no options gets that hash.
 */
function algorithmFromCallers(ctx: CodeRuleContext, arg: Node | undefined, ancestors: readonly Node[]): unknown {
  if (!arg) return undefined;
  const a = unwrap(arg);
  if (a.type === 'MemberExpression' && !a.computed) return fastDefault(ctx, propertyName(a));
  if (a.type !== 'Identifier') return undefined;
  const fn = [...ancestors].reverse().find((n) => isFunction(n));
  const index = fn?.params.findIndex((p: Node) => p.type === 'Identifier' && p.name === a.name) ?? -1;
  const fname = fn?.type === 'FunctionDeclaration' ? fn.id?.name : undefined;
  if (index < 0 || !fname) return undefined;
  let found: unknown;
  walk(ctx.program, [{
    CallExpression(c) {
      if (found !== undefined || unwrap(c.callee).type !== 'Identifier' || unwrap(c.callee).name !== fname) return;
      const given = c.arguments[index] && unwrap(c.arguments[index]);
      if (!given) return;
      const value = ctx.constantValue(given) ?? (given.type === 'MemberExpression' && !given.computed ? fastDefault(ctx, propertyName(given)) : undefined);
      if (typeof value === 'string' && FAST_HASH.test(value)) found = value;
    },
  }]);
  return found;
}

/** The fast hash a defaults object of the module names for `field` (`DEFAULTS = { algorithm: 'sha1' }`). */
function fastDefault(ctx: CodeRuleContext, field: string | undefined): string | undefined {
  if (!field || !/^(algorithm|alg|hash|digest|hashAlgorithm)$/i.test(field)) return undefined;
  return defaultsFor(ctx, field).map((d) => d.value).find((v): v is string => typeof v === 'string' && FAST_HASH.test(v));
}

/** Every defaults object of the module (by its name) with its value for `field`. */
function defaultsFor(ctx: CodeRuleContext, field: string): { value: unknown; holder: string }[] {
  const defaults: { value: unknown; holder: string }[] = [];
  walk(ctx.program, [{
    VariableDeclarator(d) {
      const init = d.init && unwrap(d.init);
      const holder = simpleName(d.id);
      if (!init || init.type !== 'ObjectExpression' || !holder || !DEFAULTS_NAME.test(holder)) return;
      const p = init.properties.find((x: Node) => x.type === 'Property' && propertyName(x) === field);
      if (p) defaults.push({ value: ctx.constantValue(p.value), holder });
    },
  }]);
  return defaults;
}

/** The `iterations` of a WebCrypto PBKDF2 parameter object (inline or a `const` in this file). */
function webCryptoPbkdf2Iterations(ctx: CodeRuleContext, arg: Node | undefined): unknown {
  if (!arg) return undefined;
  let params = unwrap(arg);
  if (params.type === 'Identifier') {
    const def = definitionOf(ctx.program, params.name, params);
    params = def && !def.property ? unwrap(def.value) : params;
  }
  if (params.type !== 'ObjectExpression') return undefined;
  const prop = (key: string) => params.properties.find((x: Node) => x.type === 'Property' && propertyName(x) === key);
  const alg = ctx.constantValue(prop('name')?.value);
  if (typeof alg !== 'string' || alg.toUpperCase() !== 'PBKDF2') return undefined;
  const p = prop('iterations');
  return p ? ctx.constantValue(p.value) : undefined;
}

/** Objects that hold a module's default settings (`var defaults = { iterations: 1 }`, `DEFAULT_OPTIONS`). */
const DEFAULTS_NAME = /default|options|config|settings|params/i;

/**
 * `crypto.pbkdf2(pw, salt, opts.iterations, …)` in a module whose defaults object says
 * `iterations: 1`: every caller that passes no options of its own gets that (crypto-js < 4.2's
 * PBKDF2 defaults, CVE-2023-46233). The default, by name, and its object's name.
 */
function weakDefault(ctx: CodeRuleContext, arg: Node | undefined, ancestors: readonly Node[]): { value: number; holder: string } | undefined {
  if (!arg) return undefined;
  const a = unwrap(arg);
  const field = a.type === 'MemberExpression' && !a.computed ? propertyName(a) : a.type === 'Identifier' ? a.name : undefined;
  if (!field || !/iterations|rounds/i.test(field)) return undefined;
  const defaults = defaultsFor(ctx, field);
  // The defaults the enclosing function merges (`Object.assign({}, strongDefaults, options)`), or
  // else every such object of the module: all of them weak.
  const fn = [...ancestors].reverse().find((n) => isFunction(n));
  const text = fn ? ctx.source(fn) : '';
  const named = defaults.filter((d) => new RegExp(`(^|[^\\w$])${d.holder.replace(/\$/g, '\\$')}(?![\\w$])`).test(text));
  const used = named.length ? named : defaults;
  if (!used.length || !used.every((d) => typeof d.value === 'number' && d.value < MIN_PBKDF2_ITERATIONS)) return undefined;
  return { value: used[0]!.value as number, holder: used[0]!.holder };
}

/**
 * A challenge–response login (MySQL's native and caching_sha2 plugins, SCRAM, HTTP digest): the
 * function hashes the password together with the server's one-time challenge, named as one among its
 * parameters (`token(password, scramble)`, `clientProof(password, serverNonce)`). The result is a proof
 * sent once over the wire, fixed by the protocol, not a hash anyone stores.
 */
const CHALLENGE_PARAM = /^(scramble|nonce|challenge|serverNonce|clientNonce|serverChallenge|authPluginData)\d*$/i;
function answersChallenge(ancestors: readonly Node[]): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (!isFunction(a)) continue;
    return a.params.some((p: Node) => CHALLENGE_PARAM.test(simpleName(p.type === 'AssignmentPattern' ? p.left : p) ?? ''));
  }
  return false;
}

/**
 * A key derived from a passphrase only to decrypt data some other tool encrypted (OpenSSL's legacy
 * `DEK-Info` PEM keys: MD5 of passphrase and salt): the hash result is the key of a `createDecipheriv`
 * in the same function, and that function encrypts nothing. The format fixes the derivation and no
 * hash is stored; code that encrypts with such a key is still reported where it encrypts.
 */
function derivesDecryptionKey(ctx: CodeRuleContext, ancestors: readonly Node[]): boolean {
  const key = targetName(ancestors);
  const fn = [...ancestors].reverse().find((n) => isFunction(n));
  if (!key || !fn) return false;
  let decrypts = false;
  let encrypts = false;
  walk(fn.body, [{
    CallExpression(c) {
      const name = ctx.qualifiedName(c.callee) ?? '';
      if (/^crypto\.(createCipheriv|createCipher|publicEncrypt|privateEncrypt)$/.test(name) || /(^|\.)subtle\.encrypt$/.test(name)) encrypts = true;
      if (!/^crypto\.(createDecipheriv|createDecipher)$/.test(name) || !c.arguments[1]) return;
      const arg = c.arguments[1] as Node;
      if (simpleName(arg) === key) decrypts = true;
      else walk(arg, [{ Identifier: (id) => { if (id.name === key) decrypts = true; } }]);
    },
  }]);
  return decrypts && !encrypts;
}

/** Cheap pre-filter: a file without a hash API cannot match (skips the visitors). */
const FILE_GATE = /createHash|createHmac|md5|sha|pbkdf2|CryptoJS|crypto-js|CryptoHasher/i;

export const weakPasswordHash: CodeRule = {
  meta: {
    id: 'js/weak-password-hash',
    title: 'Password hashed with a fast hash',
    analyzer: 'code',
    severity: 'high',
    confidence: 'high',
    cwe: [916, 328],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['auth', 'crypto', 'password', 'ai-common'],
    description: 'A password is hashed with a general-purpose hash (MD5, SHA-1, SHA-256, SHA-512, or an HMAC of one), with or without a salt, or with PBKDF2 at too few iterations (also when they come from the defaults of the module itself, such as `defaults = { iterations: 1 }`, for every caller that passes no options). These are built to be fast: after a database leak an attacker tests billions of guesses per second on a GPU, and unsalted hashes fall to lookup tables at once.',
    fix: "Use a password-hashing function with a work factor: `await argon2.hash(password)` (argon2id), `await bcrypt.hash(password, 12)`, or Node's `crypto.scrypt(password, salt, 64)` with a random 16-byte salt. If you must use PBKDF2, use ≥ 600,000 iterations of SHA-256. Compare with the library's `verify`/`compare`, and re-hash old MD5/SHA hashes at the next successful login.",
    examples: {
      bad: "const hashed = crypto.createHash('sha256').update(password + salt).digest('hex');",
      good: "import argon2 from 'argon2';\nconst hashed = await argon2.hash(password, { type: argon2.argon2id });",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text)) return {};
      const passwordContext = (input: Node | undefined, ancestors: readonly Node[]) =>
        (hashesPassword(input) || mentionsPassword(targetName(ancestors)) || mentionsPassword(enclosingFunctionName(ancestors))) && !answersChallenge(ancestors) && !derivesDecryptionKey(ctx, ancestors);
      return {
        CallExpression(node, ancestors) {
          const prop = calleeProperty(node);
          // crypto.createHash('md5').update(password) — chained, or through `const h = crypto.createHash(…)`.
          if (prop === 'update' && unwrap(node.callee).type === 'MemberExpression') {
            let hasher = unwrap(unwrap(node.callee).object);
            if (hasher.type === 'Identifier') {
              const def = definitionOf(ctx.program, hasher.name, hasher);
              hasher = def && !def.property ? unwrap(def.value) : hasher;
            }
            if ((hasher.type !== 'CallExpression' && hasher.type !== 'NewExpression') || !passwordContext(node.arguments[0], ancestors)) return;
            // (Callers and defaults are only looked up for a password.)
            const alg = algorithmOf(ctx, hasher, ancestors);
            if (alg) {
              const hmac = /createHmac$/.test(ctx.qualifiedName(hasher.callee) ?? '');
              ctx.report(node, `Password hashed with ${hmac ? 'HMAC-' : ''}${alg}, a fast hash: leaked hashes can be brute-forced at billions of guesses per second (use argon2, bcrypt or scrypt)`);
            }
            return;
          }
          const name = ctx.qualifiedName(node.callee) ?? '';
          const bunAlg = bunOneShot(ctx, node, name);
          if (bunAlg) {
            if (passwordContext(node.arguments[bunMember(name) === 'CryptoHasher.hash' ? 1 : 0], ancestors)) {
              ctx.report(node, `Password hashed with ${bunAlg}, a fast hash: leaked hashes can be brute-forced at billions of guesses per second (use Bun.password.hash, argon2 or bcrypt)`);
            }
            return;
          }
          if (HASH_FUNCTION.test(name)) {
            if (passwordContext(node.arguments[0], ancestors)) {
              const alg = name.split(/[./]/).pop()!.replace(/^(js-|Hmac)/, '').toUpperCase();
              ctx.report(node, `Password hashed with ${alg}, a fast hash: leaked hashes can be brute-forced at billions of guesses per second (use argon2, bcrypt or scrypt)`);
            }
            return;
          }
          // PBKDF2 is a password hash only with enough iterations.
          let iterations: unknown;
          if (/^crypto\.(pbkdf2|pbkdf2Sync)$/.test(name)) iterations = ctx.constantValue(node.arguments[2]);
          else if (/^(crypto-js\.PBKDF2|CryptoJS\.PBKDF2)$/.test(name)) {
            const opts = unwrap(node.arguments[2] ?? node);
            if (opts.type === 'ObjectExpression') {
              const p = opts.properties.find((x: Node) => x.type === 'Property' && propertyName(x) === 'iterations');
              iterations = p ? ctx.constantValue(p.value) : undefined; // the default changed (1 → 250000) in crypto-js 4.2
            }
          }
          else if (/^(derive(Bits|Key))$/.test(prop ?? '') && unwrap(node.callee).type === 'MemberExpression' && /(^|\.)subtle$/.test(memberPath(unwrap(node.callee).object) ?? '')) {
            // WebCrypto: crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256)
            iterations = webCryptoPbkdf2Iterations(ctx, node.arguments[0]);
          }
          if (typeof iterations === 'number' && iterations < MIN_PBKDF2_ITERATIONS) {
            ctx.report(node, `PBKDF2 with only ${iterations} iterations is fast to brute-force (use ≥ 600000 for SHA-256, or argon2/bcrypt/scrypt)`);
          } else if (iterations === undefined && /^crypto\.(pbkdf2|pbkdf2Sync)$/.test(name)) {
            const weak = weakDefault(ctx, node.arguments[2], ancestors);
            if (weak) ctx.report(node, `PBKDF2 iterations default to ${weak.value} (\`${weak.holder}\`): every caller that passes no options of its own stores hashes that are fast to brute-force (default to ≥ 600000 for SHA-256, or use argon2/bcrypt/scrypt)`);
          }
        },
      };
    },
  },
};

/** A function that runs a fast hash over one of its parameters (`digest(value)` → `md5(value)`). */
export interface HashHelperFact extends HelperFact {
  param: number;
  alg: string;
}

/** A call from this file to a helper in another file, with a password as one argument. */
export interface PasswordCallFact extends HelperCall { arg: number }

export interface WeakHashFacts {
  hashHelpers?: HashHelperFact[];
  passwordCalls?: PasswordCallFact[];
}

/**
 * Generic hash helpers are only weak password hashes when a caller hands them a password, and the
 * caller is often in another file (`utils/crypto.js` defines `digest`, `dao/users.js` calls
 * `digest(password)`). Helpers and password-carrying calls are published as facts; in-file pairs
 * are reported here, cross-file pairs by project-rules.ts.
 */
export function collectWeakHashFacts(ctx: CodeRuleContext): WeakHashFacts {
  // (Read once: helperOf runs for every function of the file.)
  const hashes = FILE_GATE.test(ctx.text);
  if (!hashes && !/password|passwd|pwd/i.test(ctx.text)) return {};
  const helpers = new Map<string, { fact: HashHelperFact; node: Node }>();
  const defaultExported = new Set<string>();
  const exportedAs = new Map<string, string>();
  let lines: string[] | undefined;
  let sups: ReturnType<typeof parseSuppressions> | undefined;
  const locationOf = (node: Node): Location => ({
    path: ctx.path,
    startLine: ctx.lines.line(node.start),
    startColumn: ctx.lines.column(node.start),
    endLine: ctx.lines.line(Math.max(node.start, node.end - 1)),
    endColumn: ctx.lines.column(Math.max(node.start, node.end - 1)) + 1,
  });
  const helperOf = (name: string, fn: Node) => {
    if (!hashes) return;
    const params: string[] = fn.params.map((p: Node) => (p.type === 'Identifier' ? p.name : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left.name : ''));
    // Helpers already named for passwords are reported by the rule itself.
    if (mentionsPassword(name) || params.some((p) => isPasswordName(p))) return;
    walk(fn.body, [{
      CallExpression(node) {
        if (helpers.has(name)) return;
        let input: Node | undefined;
        let alg: string | undefined;
        if (calleeProperty(node) === 'update' && unwrap(node.callee).type === 'MemberExpression') {
          const hasher = unwrap(unwrap(node.callee).object);
          alg = (hasher.type === 'CallExpression' || hasher.type === 'NewExpression') ? algorithmOf(ctx, hasher) : undefined;
          input = node.arguments[0];
        } else if (HASH_FUNCTION.test(ctx.qualifiedName(node.callee) ?? '')) {
          alg = (ctx.qualifiedName(node.callee) ?? '').split(/[./]/).pop()!.replace(/^(js-|Hmac)/, '').toUpperCase();
          input = node.arguments[0];
        }
        if (!alg || !input) return;
        const used = new Set<string>();
        walk(input, [{ Identifier: (id) => { used.add(id.name); } }]);
        if (unwrap(input).type === 'Identifier') used.add(unwrap(input).name);
        const param = params.findIndex((p) => p && used.has(p));
        if (param < 0) return;
        lines ??= ctx.text.split(/\r?\n/);
        const location = locationOf(node);
        const fact: HashHelperFact = { names: [name], param, alg, location, snippet: redactSnippet(lines[location.startLine - 1] ?? '') };
        const sup = suppressionFor((sups ??= parseSuppressions(lines)), 'js/weak-password-hash', location.startLine);
        if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
        helpers.set(name, { fact, node });
      },
    }]);
  };
  for (const stmt of ctx.program.body as Node[]) {
    const isDefault = stmt.type === 'ExportDefaultDeclaration';
    const d = (stmt.type === 'ExportNamedDeclaration' || isDefault) && stmt.declaration ? stmt.declaration : stmt;
    if (d.type === 'FunctionDeclaration' && d.id) {
      helperOf(d.id.name, d);
      if (isDefault) defaultExported.add(d.id.name);
    }
    if (d.type === 'VariableDeclaration') {
      for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init && isFunction(unwrap(v.init))) helperOf(v.id.name, unwrap(v.init));
    }
    if (isDefault && unwrap(stmt.declaration).type === 'Identifier') defaultExported.add(unwrap(stmt.declaration).name);
    // module.exports = digest / module.exports = { sha: digest }
    if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression' && memberPath(stmt.expression.left) === 'module.exports') {
      const right = unwrap(stmt.expression.right);
      if (right.type === 'Identifier') defaultExported.add(right.name);
      if (right.type === 'ObjectExpression') {
        for (const p of right.properties) if (p.type === 'Property' && unwrap(p.value).type === 'Identifier' && propertyName(p)) exportedAs.set(unwrap(p.value).name, propertyName(p)!);
      }
    }
  }
  for (const [name, h] of helpers) {
    if (defaultExported.has(name)) h.fact.names.push('default');
    const alias = exportedAs.get(name);
    if (alias && alias !== name) h.fact.names.push(alias);
  }
  // Calls with a password argument: to local helpers (reported here) or to imported ones (facts).
  const passwordCalls: PasswordCallFact[] = [];
  // (Every password name has one of these in it: a file with none has no such call.)
  if (/pass|pw|pin/i.test(ctx.text)) walk(ctx.program, [{
    CallExpression(node) {
      const arg = node.arguments.findIndex((a: Node) => hashesPassword(a));
      if (arg < 0) return;
      const callee = unwrap(node.callee);
      if (callee.type === 'Identifier') {
        const local = helpers.get(callee.name);
        if (local && local.fact.param === arg) {
          ctx.report(local.node, `Password hashed with ${local.fact.alg}, a fast hash: ${callee.name}() is called with a password (line ${ctx.lines.line(node.start)}); use argon2, bcrypt or scrypt`);
          return;
        }
        const b = ctx.modules.bindings.get(callee.name);
        if (b && isRelativeSpecifier(b.module)) passwordCalls.push({ spec: b.module, name: b.name === '*' ? 'default' : b.name, arg, line: ctx.lines.line(node.start) });
      } else if (callee.type === 'MemberExpression') {
        const obj = unwrap(callee.object);
        const b = obj.type === 'Identifier' ? ctx.modules.bindings.get(obj.name) : undefined;
        const name = propertyName(callee);
        if (b && name && b.name === '*' && isRelativeSpecifier(b.module)) passwordCalls.push({ spec: b.module, name, arg, line: ctx.lines.line(node.start) });
      }
    },
  }]);
  const out: WeakHashFacts = {};
  if (helpers.size) out.hashHelpers = [...helpers.values()].map((h) => h.fact);
  if (passwordCalls.length) out.passwordCalls = passwordCalls.slice(0, 50);
  return out;
}
