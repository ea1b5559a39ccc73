import type { CodeRule, CodeRuleContext } from '../rule-api.js';
import type { Location } from '../../../findings/finding.js';
import type { HelperCall, HelperFact } from './_helper-facts.js';
import { type Node, calleeProperty, functionName, isFunction, memberPath, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import { isRelativeSpecifier } from '../frontend/js/modules.js';
import { parseSuppressions, suppressionFor } from '../../../findings/suppressions.js';
import { nameWords, simpleName } from './_names.js';

/** Words that make a value a secret someone could profit from guessing. */
const SECRET_WORDS = new Set(['token', 'tokens', 'secret', 'secrets', 'session', 'sessions', 'sessionid', 'sid', 'nonce', 'salt', 'otp', 'totp', 'hotp', 'password', 'passwords', 'passwd', 'pwd', 'passcode', 'passphrase', 'pin', 'apikey', 'csrf', 'xsrf', 'credential', 'credentials', 'jti']);
const KEY_QUALIFIERS = new Set(['api', 'secret', 'access', 'private', 'encryption', 'signing', 'license', 'licence', 'auth', 'client', 'hmac', 'aes', 'crypto', 'master']);
const CODE_QUALIFIERS = new Set(['otp', 'verify', 'verification', 'reset', 'invite', 'invitation', 'auth', 'authorization', 'confirm', 'confirmation', 'activation', 'recovery', 'sms', 'mfa', '2fa', 'login', 'security', 'backup', 'magic', 'access', 'referral', 'coupon', 'promo', 'voucher', 'gift', 'share', 'redeem', 'redemption', 'claim', 'unlock', 'one', 'email', 'phone', 'ticket', 'admission', 'entry']);
/** Words that mark test data or UI randomness even when a secret word is present (`mockToken`). */
const BENIGN_WORDS = new Set(['mock', 'fake', 'dummy', 'fixture', 'sample', 'demo', 'placeholder', 'color', 'colour', 'jitter', 'delay', 'backoff', 'animation', 'shuffle', 'avatar']);

export function secretKind(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const w = nameWords(name);
  if (w.some((x) => BENIGN_WORDS.has(x))) return undefined;
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (SECRET_WORDS.has(word)) return word;
    if ((word === 'key' || word === 'keys') && i > 0 && KEY_QUALIFIERS.has(w[i - 1]!)) return `${w[i - 1]} key`;
    if ((word === 'code' || word === 'codes' || word === 'link' || word === 'url') && w.some((x) => CODE_QUALIFIERS.has(x))) return `${w.find((x) => CODE_QUALIFIERS.has(x))} ${word}`;
    if ((word === 'id' || word === 'ids') && i > 0 && /^(invite|share|reset|access|upload|download|secret)$/.test(w[i - 1]!)) return `${w[i - 1]} id`;
  }
  return undefined;
}

/** Names the value of `node` flows into within its statement: declared/assigned/property name, a keyed call's key. */
function statementTargets(node: Node, ancestors: readonly Node[]): { names: string[]; declared?: string; scope?: Node } {
  const names: string[] = [];
  let declared: string | undefined;
  /** The innermost property name the value is stored under (`{ data: { code } }` → code). */
  let field: string | undefined;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (isFunction(a)) {
      // arrow body expression: the function's name
      const fnName = a.body.type !== 'BlockStatement' ? functionName(a, ancestors[i - 1]) : undefined;
      if (fnName) names.push(fnName);
      // Array.from({ length: 16 }, () => ALPHABET[…Math.random()…]).join(''): an anonymous callback's
      // answers make up the result of the call it is passed to.
      const parent = ancestors[i - 1];
      if (a.body.type !== 'BlockStatement' && !fnName && parent?.type === 'CallExpression' && parent.arguments.includes(a)) continue;
      break;
    }
    if (a.type === 'VariableDeclarator') {
      const n = simpleName(a.id);
      if (n) {
        names.push(n);
        declared = n;
        for (let k = i - 1; k >= 0; k--) if (isFunction(ancestors[k])) return { names: names.filter(Boolean), declared, scope: ancestors[k] };
      }
      break;
    }
    if (a.type === 'AssignmentExpression') {
      const n = simpleName(a.left);
      if (n) { names.push(n); if (a.left.type === 'Identifier') declared = n; }
      break;
    }
    if (a.type === 'Property' && a.value && a.value.start <= node.start && node.end <= a.value.end) {
      names.push(propertyName(a) ?? '');
      field ??= propertyName(a);
    }
    if (a.type === 'JSXAttribute') names.push(String(a.name?.name ?? ''));
    // Math.random().toString(36): a method called on the value, not a call it is passed to.
    if (a.type === 'CallExpression' && a.callee.start <= node.start && node.end <= a.callee.end) continue;
    if (a.type === 'CallExpression') {
      // prisma.giftCard.create({ data: { code } }), inviteRepo.save({ code }): the record a field is
      // stored in says what the field is (a gift-card code, an invite code).
      const callee = unwrap(a.callee);
      if (field && callee.type === 'MemberExpression') {
        const record = (memberPath(callee.object) ?? '').split('.').pop();
        if (record) names.push(`${record}_${field}`);
      }
      // res.cookie('sessionId', …), localStorage.setItem('token', …), headers.set('X-CSRF-Token', …)
      const key = stringValue(a.arguments[0]);
      if (key && a.arguments[0] !== node) names.push(key);
      names.push(calleeProperty(a) ?? '');
    }
    if (a.type === 'ReturnStatement') break;
    if (/Statement$/.test(a.type) && a.type !== 'ExpressionStatement') break;
  }
  return { names: names.filter(Boolean), ...(declared ? { declared } : {}) };
}

/** The nearest function, and the name of the nearest named one (callbacks such as `.map(() => …)` have none). */
function enclosingFunctionInfo(ancestors: readonly Node[]): { fn?: Node; name?: string } {
  let fn: Node | undefined;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    if (!isFunction(ancestors[i])) continue;
    fn ??= ancestors[i]!;
    const name = functionName(ancestors[i]!, ancestors[i - 1]) ?? (ancestors[i - 1]?.type === 'MethodDefinition' ? propertyName(ancestors[i - 1]!) : undefined);
    if (name) return { fn, name };
    // an anonymous callback passed to a call: keep looking outwards
    if (ancestors[i - 1]?.type !== 'CallExpression') return { fn };
  }
  return fn ? { fn } : {};
}

/**
 * A helper closure declared in a function (`const pick = () => chars.charAt(…Math.random()…)`) whose
 * calls make up what that function returns (`return \`${pick()}${pick()}\``): the outer function's
 * name says what the random values become, and the return is where they become it. Undefined when
 * the closure is used any other way.
 */
function returnedHelper(ancestors: readonly Node[]): { helper: string; outerName: string; at: Node } | undefined {
  let at = -1;
  for (let i = ancestors.length - 1; i >= 0; i--) if (isFunction(ancestors[i])) { at = i; break; }
  const declarator = ancestors[at - 1];
  if (at < 0 || declarator?.type !== 'VariableDeclarator' || declarator.init !== ancestors[at] || declarator.id.type !== 'Identifier') return undefined;
  const helper: string = declarator.id.name;
  let outer = -1;
  for (let i = at - 2; i >= 0; i--) if (isFunction(ancestors[i])) { outer = i; break; }
  if (outer < 0) return undefined;
  const outerName = functionName(ancestors[outer]!, ancestors[outer - 1]) ?? (ancestors[outer - 1]?.type === 'MethodDefinition' ? propertyName(ancestors[outer - 1]!) : undefined);
  if (!outerName) return undefined;
  let returned: Node | undefined;
  let elsewhere = false;
  walk(ancestors[outer]!.body, [{
    CallExpression(call, up) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'Identifier' || callee.name !== helper) return;
      // The nearest return or function above the call: a return of the outer function itself.
      for (let k = up.length - 1; k >= 0; k--) {
        if (isFunction(up[k])) { elsewhere = true; return; }
        if (up[k]!.type === 'ReturnStatement') { returned ??= up[k]!; return; }
      }
      // (An arrow function's expression body is its return: not the case for a block body.)
      elsewhere = true;
    },
  }]);
  return returned && !elsewhere ? { helper, outerName, at: returned } : undefined;
}

/** `Math.floor(Math.random() * 1000000)`, `100000 + Math.random() * 900000`: a numeric code of 4+ digits. */
function numericCode(ancestors: readonly Node[]): boolean {
  for (let i = ancestors.length - 1; i >= 0 && i >= ancestors.length - 6; i--) {
    const a = ancestors[i]!;
    if (a.type === 'BinaryExpression' && a.operator === '*') {
      const other = [a.left, a.right].map(unwrap).find((x) => x.type === 'Literal' && typeof x.value === 'number');
      if (other && other.value >= 9000) return true;
    }
  }
  return false;
}

/** `Math.random().toString(36)` (or 16): the value becomes a string of letters and digits, a code someone types in. */
function typedCode(node: Node, ancestors: readonly Node[]): boolean {
  const member = ancestors[ancestors.length - 1];
  const call = ancestors[ancestors.length - 2];
  if (member?.type !== 'MemberExpression' || member.object !== node || propertyName(member) !== 'toString' || call?.type !== 'CallExpression' || call.callee !== member) return false;
  const radix = unwrap(call.arguments[0] ?? {});
  return radix.type === 'Literal' && typeof radix.value === 'number' && radix.value >= 16;
}

/**
 * `alphabet[Math.floor(Math.random() * alphabet.length)]`, `chars.charAt(…Math.random()…)`: the value
 * picks a character of an alphabet, one of a code someone types in.
 */
function alphabetPick(node: Node, ancestors: readonly Node[]): boolean {
  let inner: Node = node;
  for (let i = ancestors.length - 1; i >= 0 && i >= ancestors.length - 6; i--) {
    const a = ancestors[i]!;
    if (a.type === 'MemberExpression' && a.computed && a.property === inner) return true;
    if (a.type === 'CallExpression' && a.arguments[0] === inner && calleeProperty(a) === 'charAt') return true;
    if (isFunction(a) || /Statement$/.test(a.type)) return false;
    inner = a;
  }
  return false;
}

/** What a `…Code` names when it describes a thing rather than letting someone in (`errorCode`, `countryCode`). */
const DESCRIPTIVE_CODE = new Set(['error', 'status', 'exit', 'country', 'language', 'lang', 'locale', 'currency', 'zip', 'postal', 'post', 'area', 'region', 'product', 'sku', 'item', 'char', 'key', 'http', 'response', 'source', 'color', 'colour', 'hex', 'css', 'short', 'class', 'category', 'type', 'unit', 'tax']);

/** `shiftCode`, `joinCode`, `code`: the name ends in `code` and nothing in it says it describes a thing. */
function accessCodeName(name: string): string | undefined {
  const w = nameWords(name);
  if (w[w.length - 1] !== 'code' || w.some((x) => DESCRIPTIVE_CODE.has(x))) return undefined;
  return w.length > 1 ? `${w[w.length - 2]} code` : 'code';
}

/** One hop: where a local that holds the random value is used (`const r = Math.random(); const token = r.toString(36)`). */
function namesFedBy(fn: Node, variable: string): string[] {
  const out: string[] = [];
  walk(fn, [{
    Identifier(id, ancestors) {
      if (id.name !== variable) return;
      const parent = ancestors[ancestors.length - 1];
      if (parent?.type === 'VariableDeclarator' && parent.id === id) return;
      if (parent?.type === 'MemberExpression' && parent.property === id && !parent.computed) return;
      out.push(...statementTargets(id, ancestors).names.filter((n) => n !== variable));
    },
  }]);
  return out;
}

/** Cheap pre-filter: a file without a random call cannot match (skips the visitors). */
const FILE_GATE = /random/;

export const insecureRandomness: CodeRule = {
  meta: {
    id: 'js/insecure-randomness',
    title: 'Insecure randomness for a security value',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'medium',
    cwe: [338, 330],
    owasp: 'A02:2021-Cryptographic Failures',
    tags: ['crypto', 'auth', 'randomness', 'ai-common'],
    description: '`Math.random()` generates a token, session id, password, one-time code, reset, invite, gift-card, ticket or share-link code (also a bare `code` field of a record named for one, `giftCard.create({ data: { code } })`), salt, nonce or API key. It is not cryptographically secure: its output is predictable from a few observed values (V8 uses xorshift128+), so an attacker can guess the next reset link or session id.',
    fix: "Use the CSPRNG: `crypto.randomBytes(32).toString('hex')` or `crypto.randomUUID()` in Node, `crypto.getRandomValues(new Uint8Array(32))` in browsers, and `crypto.randomInt(100000, 1000000)` for numeric codes (no modulo bias). Keep `Math.random()` for UI effects, jitter and sampling.",
    examples: {
      bad: "function generateResetToken() {\n  return Math.random().toString(36).substring(2) + Date.now().toString(36);\n}",
      good: "import { randomBytes } from 'node:crypto';\nfunction generateResetToken() {\n  return randomBytes(32).toString('hex');\n}",
    },
  },
  pattern: {
    create: (ctx) => (!FILE_GATE.test(ctx.text) ? {} : {
      CallExpression(node, ancestors) {
        const callee = unwrap(node.callee);
        const name = memberPath(callee);
        if (name !== 'Math.random' && name !== 'window.Math.random' && ctx.qualifiedName(callee) !== 'lodash.random') return;
        const { names, declared, scope } = statementTargets(node, ancestors);
        const { fn, name: fnName } = enclosingFunctionInfo(ancestors);
        const candidates = [...names];
        if (fnName) candidates.push(fnName);
        const outer = returnedHelper(ancestors);
        if (outer) candidates.push(outer.outerName);
        const declaredIn = scope ?? fn;
        if (declared && declaredIn && !candidates.some((c) => secretKind(c))) candidates.push(...namesFedBy(declaredIn, declared));
        // UI and test helpers that happen to mention a secret word stay quiet.
        if (candidates.some((c) => nameWords(c).some((w) => BENIGN_WORDS.has(w)))) return;
        let kind = candidates.map(secretKind).find(Boolean);
        // `const code = Math.floor(Math.random() * 1000000)`: a bare "code" of many digits is a one-time code
        if (!kind && names.some((c) => /^(code|pin|codes)$/.test(nameWords(c).join(''))) && numericCode(ancestors)) kind = 'one-time code';
        // `const shiftCode = Math.random().toString(36).slice(2, 8)`: a typed-in code of letters and digits (a join, pickup or confirmation code).
        if (!kind && declared && typedCode(node, ancestors)) kind = accessCodeName(declared);
        // `pickupCode() { … code += alphabet[Math.floor(Math.random() * alphabet.length)] … }`: the characters of one.
        if (!kind && alphabetPick(node, ancestors)) kind = (fnName ? accessCodeName(fnName) : undefined) ?? (declared ? accessCodeName(declared) : undefined);
        if (!kind) return;
        const strong = /token|secret|session|sid|password|passwd|pwd|passphrase|key|csrf|xsrf|salt|nonce|credential/.test(kind);
        // (Through a helper, only the outer name says it is a secret: reported where the helper's answers are returned.)
        const via = outer && !names.some((c) => secretKind(c)) && !(fnName && secretKind(fnName)) ? outer : undefined;
        const where = via ? ` (through ${via.helper}(), line ${ctx.lines.line(node.start)})` : '';
        ctx.report(via?.at ?? node, `Math.random()${where} is not cryptographically secure but generates ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}: its values can be predicted (use crypto.randomBytes/randomInt/randomUUID)`, strong ? { severity: 'high' } : {});
      },
    }),
  },
};

/** A function whose answer is drawn with `Math.random()` (`randomString(length, alphabet)`): harmless until a caller makes a secret of it. Its location is the `Math.random()` call. */
export type RandomHelperFact = HelperFact;

/** A call from this file to a function of another file whose answer becomes a secret (`sessionId() { return randomString(24) }`). */
export interface SecretCallFact extends HelperCall { kind: string }

export interface RandomHelperFacts {
  randomHelpers?: RandomHelperFact[];
  secretCalls?: SecretCallFact[];
}

/** Words a file must contain to make a secret of a call's answer (a cheap gate before the walk). */
const SECRET_TEXT = /token|secret|sess|sid|nonce|salt|otp|pass|pwd|pin|key|csrf|xsrf|code|credential|jti/i;

/** The first `Math.random()` in `fn` whose value the function returns, unless its own context already says what it becomes. */
function helperRandomCall(ctx: CodeRuleContext, fn: Node): Node | undefined {
  // (An arrow's expression body is its answer; a block body must return something computed.)
  let returns = fn.body.type !== 'BlockStatement';
  let call: Node | undefined;
  walk(fn.body, [{
    ReturnStatement(r, up) {
      if (r.argument && unwrap(r.argument).type !== 'Literal' && !up.some((a) => isFunction(a) && a !== fn)) returns = true;
    },
    CallExpression(node, up) {
      if (call) return;
      const name = memberPath(unwrap(node.callee));
      if (name !== 'Math.random' && name !== 'window.Math.random' && ctx.qualifiedName(unwrap(node.callee)) !== 'lodash.random') return;
      const ancestors = [fn, ...up];
      const candidates = statementTargets(node, ancestors).names;
      const inner = enclosingFunctionInfo(ancestors).name;
      if (inner) candidates.push(inner);
      // Jitter and shuffles stay quiet; a value already named as a secret is the pattern check's.
      if (candidates.some((c) => nameWords(c).some((w) => BENIGN_WORDS.has(w)) || secretKind(c))) return;
      call = node;
    },
  }]);
  return returns ? call : undefined;
}

/** Local function name → the names other files import it by (`module.exports = { a: b }`, `export { b as a }`, `exports.a = b`). */
function exportAliases(program: Node): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (local: string, exported: string) => { const l = out.get(local) ?? []; if (!l.includes(exported)) l.push(exported); out.set(local, l); };
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'ExportDefaultDeclaration') {
      const d = unwrap(stmt.declaration);
      if (d.type === 'Identifier') add(d.name, 'default');
      else if (d.id?.name) add(d.id.name, 'default');
    }
    if (stmt.type === 'ExportNamedDeclaration' && !stmt.source) for (const sp of stmt.specifiers ?? []) if (sp.local?.type === 'Identifier') add(sp.local.name, simpleName(sp.exported) ?? sp.local.name);
    if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'AssignmentExpression') continue;
    const left = memberPath(stmt.expression.left) ?? '';
    const right = unwrap(stmt.expression.right);
    if (left === 'module.exports' && right.type === 'Identifier') add(right.name, 'default');
    if (left === 'module.exports' && right.type === 'ObjectExpression') {
      for (const p of right.properties) if (p.type === 'Property' && unwrap(p.value).type === 'Identifier' && propertyName(p)) add(unwrap(p.value).name, propertyName(p)!);
    }
    const member = /^(?:module\.)?exports\.([\w$]+)$/.exec(left);
    if (member && right.type === 'Identifier') add(right.name, member[1]!);
  }
  return out;
}

/**
 * Random-string helpers are only insecure when a caller makes a secret of their answer, and the
 * caller is often in another file (`lib/random.js` defines `randomString`, `index.js` returns it
 * from `sessionId()`). Helpers and secret-making calls are published as facts; in-file pairs are
 * reported here, cross-file pairs by project-rules.ts.
 */
export function collectRandomHelperFacts(ctx: CodeRuleContext): RandomHelperFacts {
  const random = FILE_GATE.test(ctx.text);
  if (!random && !SECRET_TEXT.test(ctx.text)) return {};
  const helpers = new Map<string, { fact: RandomHelperFact; call: Node; reported?: boolean }>();
  let lines: string[] | undefined;
  let sups: ReturnType<typeof parseSuppressions> | undefined;
  const helperOf = (name: string, fn: Node) => {
    // A helper named for a secret (or for jitter) is judged by the pattern check itself.
    if (!random || secretKind(name) || nameWords(name).some((w) => BENIGN_WORDS.has(w))) return;
    const call = helperRandomCall(ctx, fn);
    if (!call) return;
    lines ??= ctx.text.split(/\r?\n/);
    const startLine = ctx.lines.line(call.start);
    const location: Location = { path: ctx.path, startLine, startColumn: ctx.lines.column(call.start), endLine: ctx.lines.line(call.end - 1), endColumn: ctx.lines.column(call.end - 1) + 1 };
    const fact: RandomHelperFact = { names: [name], location, snippet: lines[startLine - 1] ?? '' };
    const sup = suppressionFor((sups ??= parseSuppressions(lines)), 'js/insecure-randomness', startLine);
    if (sup) fact.suppression = { reason: sup.reason, line: sup.line };
    helpers.set(name, { fact, call });
  };
  for (const stmt of ctx.program.body as Node[]) {
    const d = (stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration') && stmt.declaration ? stmt.declaration : stmt;
    if (d.type === 'FunctionDeclaration' && d.id) helperOf(d.id.name, d);
    if (d.type === 'VariableDeclaration') for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init && isFunction(unwrap(v.init))) helperOf(v.id.name, unwrap(v.init));
  }
  const aliases = exportAliases(ctx.program);
  for (const [name, h] of helpers) for (const a of aliases.get(name) ?? []) if (!h.fact.names.includes(a)) h.fact.names.push(a);
  // Calls whose answer becomes a secret: to local helpers (reported here) or to imported ones (facts).
  const secretCalls: SecretCallFact[] = [];
  if (SECRET_TEXT.test(ctx.text)) walk(ctx.program, [{
    CallExpression(node, ancestors) {
      const callee = unwrap(node.callee);
      let target: { local?: string; spec?: string; name?: string } | undefined;
      if (callee.type === 'Identifier') {
        const b = ctx.modules.bindings.get(callee.name);
        if (helpers.has(callee.name)) target = { local: callee.name };
        else if (b && isRelativeSpecifier(b.module)) target = { spec: b.module, name: b.name === '*' ? 'default' : b.name };
      } else if (callee.type === 'MemberExpression') {
        const obj = unwrap(callee.object);
        const b = obj.type === 'Identifier' ? ctx.modules.bindings.get(obj.name) : undefined;
        const name = propertyName(callee);
        if (b && name && (b.name === '*' || b.name === 'default') && isRelativeSpecifier(b.module)) target = { spec: b.module, name };
      }
      if (!target) return;
      const candidates = statementTargets(node, ancestors).names;
      const fnName = enclosingFunctionInfo(ancestors).name;
      if (fnName) candidates.push(fnName);
      if (candidates.some((c) => nameWords(c).some((w) => BENIGN_WORDS.has(w)))) return;
      const kind = candidates.map(secretKind).find(Boolean);
      if (!kind) return;
      const line = ctx.lines.line(node.start);
      if (target.local) {
        const h = helpers.get(target.local)!;
        if (h.reported) return;
        h.reported = true;
        ctx.report(h.call, `Math.random() is not cryptographically secure but generates ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} through ${target.local}() (line ${line}): its values can be predicted (use crypto.randomBytes/randomInt/randomUUID)`, /token|secret|session|sid|password|key|csrf|xsrf|salt|nonce|credential/.test(kind) ? { severity: 'high' } : {});
      } else secretCalls.push({ spec: target.spec!, name: target.name!, kind, line });
    },
  }]);
  const out: RandomHelperFacts = {};
  if (helpers.size) out.randomHelpers = [...helpers.values()].filter((h) => !h.reported).map((h) => h.fact);
  if (secretCalls.length) out.secretCalls = secretCalls.slice(0, 50);
  return out;
}
