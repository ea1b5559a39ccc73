import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import { type Node, isFunction, memberPath, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { definitionOf, resolveValue } from '../frontend/js/bindings.js';
import { isEnvRead } from './_jwt.js';
import { nameWords } from './_names.js';

type Fixedness = 'literal' | 'zero' | 'config' | 'derived' | 'instance';

const RANDOM_SOURCE = /(^|\.)(randomBytes|randomFillSync|randomFill|getRandomValues|randomUUID|generateIv|generateIV|lib\.WordArray\.random|random)$/;

/** Why an IV expression is the same for every message, or undefined if it may vary. */
function fixedIv(ctx: CodeRuleContext, node: Node | undefined, depth = 0): Fixedness | undefined {
  if (!node || depth > 5) return undefined;
  const n = unwrap(resolveValue(ctx.program, node).value);
  if (stringValue(n) !== undefined) return 'literal';
  if (n.type === 'TemplateLiteral') return n.expressions.every((e: Node) => fixedIv(ctx, e, depth + 1)) ? 'literal' : undefined;
  if (n.type === 'ArrayExpression') return n.elements.length > 0 && n.elements.every((e: Node | null) => e && unwrap(e).type === 'Literal') ? 'literal' : undefined;
  if (n.type === 'Literal') return n.value === null ? undefined : 'literal';
  if (isEnvRead(n)) return 'config';
  if (n.type === 'LogicalExpression') return fixedIv(ctx, n.left, depth + 1) && fixedIv(ctx, n.right, depth + 1);
  if (n.type === 'CallExpression' || n.type === 'NewExpression') {
    const name = (n.type === 'NewExpression' ? 'new ' : '') + (ctx.qualifiedName(n.callee) ?? memberPath(n.callee) ?? '');
    if (RANDOM_SOURCE.test(name.replace(/^new /, ''))) return undefined;
    // Buffer.alloc(16) / Buffer.alloc(16, 0) / new Uint8Array(12): all zeros
    if (/^(Buffer\.alloc|Buffer\.allocUnsafe|new (Uint8Array|Buffer|ArrayBuffer))$/.test(name)) {
      const first = n.arguments[0] && unwrap(n.arguments[0]);
      if (first && typeof ctx.constantValue(first) === 'number') return 'zero';
      if (first && (first.type === 'ArrayExpression' || stringValue(first) !== undefined)) return 'literal';
      return undefined;
    }
    // Buffer.from('0123456789abcdef'), Buffer.from(process.env.IV, 'hex'), CryptoJS.enc.Utf8.parse('…')
    if (/^(Buffer\.from|Uint8Array\.from|new TextEncoder\(\)\.encode|(crypto-js|CryptoJS)\.enc\.\w+\.parse)$/.test(name) || /\.encode$/.test(name)) {
      return fixedIv(ctx, n.arguments[0], depth + 1);
    }
    // String(x).slice(0, 16), key.subarray(0, 16), hex.substring(0, 32): fixed if the source is fixed
    if (/\.(slice|subarray|substring|substr|toString|padEnd|repeat)$/.test(name) || /^(String)$/.test(name)) {
      const callee = unwrap(n.callee);
      const target = callee.type === 'MemberExpression' ? callee.object : n.arguments[0];
      const inner = fixedIv(ctx, target, depth + 1);
      if (inner) return inner;
      // the encryption key or a secret reused as the IV
      const src = unwrap(target ?? n);
      const nm = src.type === 'Identifier' ? src.name : src.type === 'MemberExpression' ? propertyName(src) : undefined;
      return nm && /(^|_)(key|secret)|Key|Secret|KEY|SECRET/.test(nm) ? 'derived' : undefined;
    }
    // crypto.createHash('sha256').update(secretKey).digest(): deterministic
    if (/\.digest$/.test(name)) {
      let c = unwrap(n.callee).object && unwrap(unwrap(n.callee).object);
      while (c && c.type === 'CallExpression' && /\.update$/.test(memberPath(c.callee) ?? ctx.source(c.callee))) {
        const arg = c.arguments[0];
        if (arg && !fixedIv(ctx, arg, depth + 1)) {
          const a = unwrap(arg);
          const nm = a.type === 'Identifier' ? a.name : a.type === 'MemberExpression' ? propertyName(a) : undefined;
          if (!(nm && /key|secret|password|KEY|SECRET/i.test(nm))) return undefined;
        }
        c = unwrap(unwrap(c.callee).object);
      }
      return 'derived';
    }
  }
  return undefined;
}

const WHY: Record<Fixedness, string> = {
  literal: 'is a constant written in the code',
  zero: 'is all zeros',
  config: 'comes from configuration and is the same for every message',
  derived: 'is derived from the key or another fixed value',
  instance: 'is set once, by the constructor, for the whole object',
};

/** Helpers named for writing into, filling or advancing a buffer: `writeUInt32BE(buf, seqno, 12)`, `ivIncrement(iv)`, `incrementCounter(nonce)`. */
const WRITER_WORDS = /^(write|fill|increment|incr|inc|advance|bump)$/;
/** Buffer methods that write into the receiver: `iv.writeUInt32BE(seqno, 12)`, `nonce.set(counter, 4)`, `iv.fill(n)`. */
const WRITE_METHOD = /^(write\w*|set|fill)$/;

/**
 * Does the code write a varying value into the IV buffer in place (`iv.writeUInt32BE(seqno, 12)`,
 * `iv[15] = counter`, `iv[15]++`, `seq.copy(iv, 8)`, `ivIncrement(this.iv)`, `randomFillSync(iv)`)?
 * Then it is a counter or a per-message nonce (SSH and TLS record nonces, CTR counters), not the same
 * bytes for every message. `is(node)` says whether an expression is that buffer.
 */
function updatedInPlace(ctx: CodeRuleContext, target: { is: (node: Node) => boolean; root: Node }): boolean {
  const { is, root } = target;
  const varying = (args: readonly Node[]) => args.some((a) => a.type === 'SpreadElement' || ctx.constantValue(a) === undefined);
  const element = (n: Node) => { const m = unwrap(n); return m.type === 'MemberExpression' && m.computed && is(unwrap(m.object)); };
  let found = false;
  walk(root, [{
    AssignmentExpression(a) {
      if (!found && element(a.left) && (a.operator !== '=' || ctx.constantValue(a.right) === undefined)) found = true;
    },
    UpdateExpression(u) {
      if (!found && element(u.argument)) found = true;
    },
    CallExpression(c) {
      if (found) return;
      const callee = unwrap(c.callee);
      const method = callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
      const args = c.arguments as Node[];
      if (callee.type === 'MemberExpression' && is(unwrap(callee.object)) && WRITE_METHOD.test(method ?? '') && varying(args)) found = true;
      else if (method === 'copy' && args[0] && is(unwrap(args[0]))) found = true;
      else if (args.some((a) => is(unwrap(a)))) {
        const name = callee.type === 'Identifier' ? callee.name : method;
        if (name && nameWords(name).some((w) => WRITER_WORDS.test(w)) && (args.length === 1 || varying(args.filter((a) => !is(unwrap(a)))))) found = true;
      }
    },
  }]);
  return found;
}

/** The IV argument as a buffer the code may write into: a variable (the same binding, in the file) or a field of `this` (in its class). */
function ivTarget(ctx: CodeRuleContext, node: Node | undefined, ancestors: readonly Node[]): { is: (n: Node) => boolean; root: Node } | undefined {
  const n = node && unwrap(node);
  if (n?.type === 'Identifier') {
    const site = definitionOf(ctx.program, n.name, n)?.site;
    return site ? { is: (x) => x.type === 'Identifier' && x.name === n.name && definitionOf(ctx.program, x.name, x)?.site === site, root: ctx.program } : undefined;
  }
  const body = [...ancestors].reverse().find((a) => a.type === 'ClassBody');
  if (n?.type === 'MemberExpression' && !n.computed && unwrap(n.object).type === 'ThisExpression' && body) {
    const field = propertyName(n);
    return { is: (x) => x.type === 'MemberExpression' && !x.computed && unwrap(x.object).type === 'ThisExpression' && propertyName(x) === field, root: body };
  }
  return undefined;
}

/** `this.iv` (or a local copy of it): the field's name. */
function thisField(ctx: CodeRuleContext, node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(resolveValue(ctx.program, node).value);
  return n.type === 'MemberExpression' && unwrap(n.object).type === 'ThisExpression' && !n.computed ? propertyName(n) : undefined;
}

/** Does `fn` assign `this.<field>` (outside functions nested in it that have their own `this`)? */
function assignsThisField(fn: Node, field: string): boolean {
  let found = false;
  walk(fn.body, [{
    AssignmentExpression(a) {
      const l = unwrap(a.left);
      if (l.type === 'MemberExpression' && unwrap(l.object).type === 'ThisExpression' && propertyName(l) === field) found = true;
    },
  }]);
  return found;
}

/**
 * `encrypt(text) { createCipheriv(alg, this.key, this.iv) }` where only the class's constructor sets
 * `this.iv`: one nonce for every message the instance encrypts (cryptr before 4.0 derived it from
 * the secret). A method that draws `this.iv` itself before encrypting is fine.
 */
function ivFixedPerInstance(ctx: CodeRuleContext, ivArg: Node | undefined, ancestors: readonly Node[]): boolean {
  const field = thisField(ctx, ivArg);
  if (!field) return false;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (!isFunction(a) || a.type === 'ArrowFunctionExpression') continue;
    const method = ancestors[i - 1];
    if (method?.type !== 'MethodDefinition' || method.kind !== 'method' || assignsThisField(a, field)) return false;
    const body = ancestors[i - 2];
    if (body?.type !== 'ClassBody') return false;
    const ctor = body.body.find((m: Node) => m.type === 'MethodDefinition' && m.kind === 'constructor');
    // Only the constructor sets it: no other method draws a fresh one.
    if (!ctor || !assignsThisField(ctor.value, field)) return false;
    return !body.body.some((m: Node) => m.type === 'MethodDefinition' && m.kind !== 'constructor' && isFunction(m.value) && assignsThisField(m.value, field));
  }
  return false;
}

/** Cheap pre-filter: a file without a cipher API cannot match (skips the visitors). */
const FILE_GATE = /Cipheriv|subtle|CryptoJS|crypto-js/i;

export const staticIv: CodeRule = {
  meta: {
    id: 'js/static-iv',
    title: 'Static or predictable initialisation vector',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'high',
    cwe: [329, 1204],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['crypto', 'ai-common'],
    description: 'A cipher is given an IV (nonce) that is the same for every message: a string literal, `Buffer.alloc(16)` (zeros), a constant, a value from configuration, a hash of the key, or one that a constructor set once (`this.iv`) for every later `encrypt()`. With CBC, equal plaintext prefixes give equal ciphertext; with GCM or CTR, reusing a nonce with the same key reveals the XOR of plaintexts and lets an attacker forge authentication tags.',
    fix: "Generate a fresh IV for every encryption and store it next to the ciphertext: `const iv = crypto.randomBytes(12); const cipher = crypto.createCipheriv('aes-256-gcm', key, iv); … return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');`. For decryption read the IV back from the stored message. In browsers use `crypto.getRandomValues(new Uint8Array(12))`.",
    examples: {
      bad: "const IV = Buffer.from('1234567890123456');\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, IV);",
      good: "const iv = crypto.randomBytes(16);\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);\nconst out = Buffer.concat([iv, cipher.update(text), cipher.final()]);",
    },
  },
  pattern: {
    create: (ctx) => (!FILE_GATE.test(ctx.text) ? {} : {
      CallExpression(node, ancestors) {
        const name = ctx.qualifiedName(node.callee) ?? '';
        if (/^crypto\.createCipheriv$/.test(name)) {
          const alg = ctx.constantValue(node.arguments[0]);
          // ECB takes no IV (js/weak-cipher reports ECB itself)
          if (typeof alg === 'string' && /ecb/i.test(alg)) return;
          // An empty or null IV means the cipher takes none (RC4, ECB): js/weak-cipher's finding, not this one.
          const ivText = ctx.constantValue(node.arguments[2]);
          if (ivText === '' || (node.arguments[2] && unwrap(node.arguments[2]).type === 'Literal' && unwrap(node.arguments[2]).value === null)) return;
          const why = fixedIv(ctx, node.arguments[2]) ?? (ivFixedPerInstance(ctx, node.arguments[2], ancestors) ? 'instance' : undefined);
          const target = why && ivTarget(ctx, node.arguments[2], ancestors);
          if (target && updatedInPlace(ctx, target)) return;
          if (why) ctx.report(node, `The IV passed to createCipheriv ${WHY[why]}: every message is encrypted with the same IV (use crypto.randomBytes per message)`, why === 'config' || why === 'derived' ? { confidence: 'medium' } : {});
          return;
        }
        // WebCrypto: crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data)
        if (/(^|\.)subtle\.encrypt$/.test(name) || /(^|\.)(crypto-js|CryptoJS)\.AES\.encrypt$/.test(name)) {
          const opts = unwrap(node.arguments[name.endsWith('subtle.encrypt') ? 0 : 2] ?? node);
          if (opts.type !== 'ObjectExpression') return;
          const iv = opts.properties.find((p: Node) => p.type === 'Property' && /^(iv|counter)$/.test(propertyName(p) ?? ''));
          const why: Fixedness | undefined = iv ? fixedIv(ctx, iv.value) : undefined;
          if (why) ctx.report(iv, `The IV for ${name.endsWith('subtle.encrypt') ? 'crypto.subtle.encrypt' : 'CryptoJS.AES.encrypt'} ${WHY[why]}: every message is encrypted with the same IV (generate a random one per message)`);
        }
      },
    }),
  },
};
