import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, calleeProperty, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { definitionOf } from './_bindings.js';
import { enclosingFunctionName, isPasswordName, mentionsPassword, simpleName } from './_names.js';

/** General-purpose hashes: fast by design, so a GPU tries billions of password guesses a second. */
const FAST_HASH = /^(md4|md5|sha-?1|sha-?224|sha-?256|sha-?384|sha-?512|sha3-\d+|sha512-256|ripemd-?160|rmd160|blake2b512|blake2s256|sm3|whirlpool)$/i;
/** `md5(x)`, `sha1(x)`, `CryptoJS.SHA256(x)`, `sha256(x)` from js-sha256, `CryptoJS.HmacSHA256(x, k)`. */
const HASH_FUNCTION = /^(md5|blueimp-md5|sha1|sha256|js-md5|js-sha1|js-sha256(\.sha256|\.sha224)?|js-sha512(\.sha512)?|crypto-js\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160|HmacMD5|HmacSHA1|HmacSHA256|HmacSHA512)|crypto-js\/(md5|sha1|sha256|sha512|sha3)|CryptoJS\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160|HmacMD5|HmacSHA1|HmacSHA256|HmacSHA512))$/;
const MIN_PBKDF2_ITERATIONS = 100_000;

/** Does any identifier or property name inside the expression name a password? */
function hashesPassword(expr: Node | undefined): boolean {
  if (!expr) return false;
  let found = false;
  const check = (n: Node) => {
    if (found) return;
    if (isPasswordName(simpleName(n))) found = true;
  };
  check(expr);
  walk(expr, [{ Identifier: check, MemberExpression: check }]);
  return found;
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

function algorithmOf(ctx: CodeRuleContext, call: Node): string | undefined {
  const name = ctx.qualifiedName(call.callee) ?? '';
  if (!/^crypto\.(createHash|createHmac)$/.test(name)) return undefined;
  const alg = ctx.constantValue(call.arguments[0]);
  return typeof alg === 'string' && FAST_HASH.test(alg) ? alg.toUpperCase() : undefined;
}

/** Cheap pre-filter: a file without a hash API cannot match (skips the visitors). */
const FILE_GATE = /createHash|createHmac|md5|sha|pbkdf2|CryptoJS|crypto-js/i;

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
    description: 'A password is hashed with a general-purpose hash (MD5, SHA-1, SHA-256, SHA-512, or an HMAC of one), with or without a salt, or with PBKDF2 at too few iterations. These are built to be fast: after a database leak an attacker tests billions of guesses per second on a GPU, and unsalted hashes fall to lookup tables at once.',
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
        hashesPassword(input) || mentionsPassword(targetName(ancestors)) || mentionsPassword(enclosingFunctionName(ancestors));
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
            const alg = hasher.type === 'CallExpression' ? algorithmOf(ctx, hasher) : undefined;
            if (alg && passwordContext(node.arguments[0], ancestors)) {
              const hmac = /createHmac$/.test(ctx.qualifiedName(hasher.callee) ?? '');
              ctx.report(node, `Password hashed with ${hmac ? 'HMAC-' : ''}${alg}, a fast hash: leaked hashes can be brute-forced at billions of guesses per second (use argon2, bcrypt or scrypt)`);
            }
            return;
          }
          const name = ctx.qualifiedName(node.callee) ?? '';
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
          if (typeof iterations === 'number' && iterations < MIN_PBKDF2_ITERATIONS) {
            ctx.report(node, `PBKDF2 with only ${iterations} iterations is fast to brute-force (use ≥ 600000 for SHA-256, or argon2/bcrypt/scrypt)`);
          }
        },
      };
    },
  },
};
