/** Guards: what a condition proves about values when it is true and when it is false (allow-lists, anchored regexes, containment checks). */
import { type Node, calleeProperty, guardPath, isFunction, memberPath, numberValue, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { definitionOf, resolveValue } from '../frontend/js/bindings.js';
import { ALL_KINDS, LENGTH_BOUNDED, SLASH_PATH, URL_SAFE_START, allTaints, fromInput, mask } from './values.js';
import { NORMALIZING } from './library-calls.js';
import { regexProves, regexProvesSafeScheme } from './regex-probe.js';
import { SAFE_URL_PREFIX } from './sinks.js';
import { validatorProof } from './functions.js';
import { importCandidates } from './imported-calls.js';

/** What another file's validator proves, when the link step has its summary. */
function importedProof(e: TaintEngine, callee: Node, passed = false): { param: number; kinds: number }[] | undefined {
  const candidates = importCandidates(e, callee, undefined, '');
  // A predicate passed by name is never called here: ask the link step for its summary all the same.
  if (passed) for (const c of candidates) e.importCalls.set(c, true);
  const link = e.input.linkInput;
  if (!link) return undefined;
  for (const c of candidates) {
    const s = link[c];
    if (s) return s.proves;
  }
  return undefined;
}

/**
 * Facts a check proves that protect nothing alone but do together (pseudo-kinds above the sink
 * bits, GUARD_ONLY in values.ts): `u.startsWith('/')` and `!u.startsWith('//')` make a same-site path, a safe redirect.
 */
const SLASH_PREFIX = 1 << 24;
const NOT_PROTOCOL_RELATIVE = 1 << 25;
/** `!u.startsWith('/\\')`: browsers read `\` as `/`, so `/\evil.example` is protocol-relative too. */
const NOT_SLASH_BACKSLASH = 1 << 30;
/**
 * `!name.includes('/')` and `!name.includes('\\')`: together, one path segment (either alone
 * leaves the other platform's separator). A lone segment can still be `..`, which names the base's
 * parent folder itself, never a file beside it.
 */
const NO_SLASH = 1 << 26;
const NO_BACKSLASH = 1 << 27;
function combine(m: number): number {
  if ((m & NO_SLASH) && (m & NO_BACKSLASH)) m |= mask('path');
  // A leading `/` alone already rules out `javascript:` (a protocol-relative `//host` is still not script).
  if (m & SLASH_PREFIX) m |= URL_SAFE_START;
  if (!(m & SLASH_PREFIX) || !(m & NOT_PROTOCOL_RELATIVE)) return m;
  return m & (NOT_SLASH_BACKSLASH | NO_BACKSLASH) ? m | mask('redirect') : m | SLASH_PATH;
}
import { Scope, type Frame } from './frames.js';
import type { TaintEngine } from './engine.js';

/** What a condition proves about values when it is true, and when it is false. */
export function conditionGuards(e: TaintEngine, test: Node, frame: Frame): { whenTrue: Map<string, number>; whenFalse: Map<string, number> } {
  const t = new Map<string, number>();
  const f = new Map<string, number>();
  let n = unwrap(test);
  // `await isAllowed(x)`: the guard is what the promise resolves to.
  while (n.type === 'AwaitExpression') n = unwrap(n.argument);
  const add = (m: Map<string, number>, node: Node | undefined, kinds: number) => {
    if (!node) return;
    const inner = unwrap(node);
    // `COLOR.test(t.arg || '')`: a falsy value (`''`, null, undefined) holds nothing, so what the
    // check proves about the fallback form it proves about the value.
    if (inner.type === 'LogicalExpression' && (inner.operator === '||' || inner.operator === '??') && stringValue(inner.right) === '') add(m, inner.left, kinds);
    const p = guardPath(inner);
    if (p) m.set(p, (m.get(p) ?? 0) | kinds);
    const hostOf = p ? frame.urlOf.get(`#host:${p}`) : undefined;
    if (hostOf && kinds & mask('ssrf', 'redirect')) m.set(hostOf, (m.get(hostOf) ?? 0) | mask('ssrf', 'redirect'));
    const hostOwner = hostOf ? frame.urlOf.get(`#hostOwner:${p}`) : undefined;
    if (hostOwner && kinds & mask('ssrf', 'redirect')) m.set(hostOwner, (m.get(hostOwner) ?? 0) | mask('ssrf', 'redirect'));
    // new URL(x).hostname / url.hostname where url = new URL(x)
    // A check of the host proves where the URL goes; the protocol alone does not.
    if (inner.type === 'MemberExpression' && /^(hostname|host|origin)$/.test(propertyName(inner) ?? '') && kinds & mask('ssrf', 'redirect')) {
      const obj = unwrap(inner.object);
      const base = obj.type === 'NewExpression' && obj.arguments[0] ? memberPath(obj.arguments[0]) : frame.urlOf.get(memberPath(obj) ?? '');
      if (base) m.set(base, (m.get(base) ?? 0) | mask('ssrf', 'redirect'));
      // Checking a parsed URL's host validates that URL object too.
      const objPath = memberPath(obj);
      if (objPath && obj.type !== 'NewExpression') m.set(objPath, (m.get(objPath) ?? 0) | mask('ssrf', 'redirect'));
    }
    // Guards on a value also cover a re-read of its source path (const f = req.query.f; if (ok(f)) use(f)).
  };
  switch (n.type) {
    case 'UnaryExpression':
      if (n.operator === '!') {
        const g = conditionGuards(e, n.argument, frame);
        return { whenTrue: g.whenFalse, whenFalse: g.whenTrue };
      }
      break;
    case 'LogicalExpression': {
      const l = conditionGuards(e, n.left, frame);
      const r = conditionGuards(e, n.right, frame);
      // a && b true: both hold. a || b true: at least one holds, so only what both prove.
      const both = (x: Map<string, number>, y: Map<string, number>, out: Map<string, number>) => {
        for (const [k, m] of x) { const o = y.get(k); if (o !== undefined && (m & o)) out.set(k, combine(m & o)); }
      };
      if (n.operator === '&&') {
        for (const [k, m] of [...l.whenTrue, ...r.whenTrue]) t.set(k, combine((t.get(k) ?? 0) | m));
        both(l.whenFalse, r.whenFalse, f);
      } else if (n.operator === '||') {
        for (const [k, m] of [...l.whenFalse, ...r.whenFalse]) f.set(k, combine((f.get(k) ?? 0) | m));
        both(l.whenTrue, r.whenTrue, t);
      }
      return { whenTrue: t, whenFalse: f };
    }
    case 'BinaryExpression': {
      const op = n.operator;
      // s.length > 100 false (or s.length <= 100 true): the string is bounded (see LENGTH_BOUNDED).
      if (op === '<' || op === '<=' || op === '>' || op === '>=') {
        const lengthOf = (x: Node) => { const u = unwrap(x); return u.type === 'MemberExpression' && !u.computed && propertyName(u) === 'length' ? u.object : undefined; };
        const left = lengthOf(n.left);
        const right = lengthOf(n.right);
        if (left && !right) add(op === '<' || op === '<=' ? t : f, left, LENGTH_BOUNDED);
        else if (right && !left) add(op === '>' || op === '>=' ? t : f, right, LENGTH_BOUNDED);
        // `x > 0` (`0 < x`) true: x is a positive number, or a string that converts to one (digits,
        // an exponent, surrounding blanks): it cannot start with `-`, hold a quote, a shell
        // metacharacter, a path or an operator object.
        const nonNegative = (x: Node) => { const u = unwrap(x); return u.type === 'Literal' && typeof u.value === 'number' && u.value >= 0; };
        const numeric = mask('argument', 'command', 'sql', 'nosql', 'path', 'code', 'xss');
        if ((op === '>' || op === '>=') && nonNegative(n.right) && !nonNegative(n.left)) add(t, n.left, numeric);
        else if ((op === '<' || op === '<=') && nonNegative(n.left) && !nonNegative(n.right)) add(t, n.right, numeric);
      }
      const litRight = isConstant(n.right);
      const litLeft = isConstant(n.left);
      if (op === '===' || op === '==' || op === '!==' || op === '!=') {
        const target = op === '===' || op === '==' ? t : f;
        // typeof x === 'string' proves a string (not a NoSQL operator object).
        const typeofSide = unwrap(n.left).type === 'UnaryExpression' && unwrap(n.left).operator === 'typeof' ? unwrap(n.left).argument : undefined;
        // key === '__proto__' || key === 'constructor': when false, the key is not a prototype key.
        const protoConst = [n.left, n.right].map((x) => stringValue(x)).find((v) => v === '__proto__' || v === 'constructor' || v === 'prototype');
        if (protoConst) add(op === '===' || op === '==' ? f : t, keyChecked(litRight ? n.left : n.right), mask('prototype'));
        // event.origin === TRUSTED_ORIGIN on a message event: the message comes from that origin, not any page.
        const originOf = [n.left, n.right].map((x) => unwrap(x)).find((x) => x.type === 'MemberExpression' && propertyName(x) === 'origin' && unwrap(x.object).type === 'Identifier');
        if (originOf) {
          const other = unwrap(originOf === unwrap(n.left) ? n.right : n.left);
          const eventName: string = unwrap(originOf.object).name;
          const event = frame.scope.lookup(eventName);
          const isMessage = !!event?.fields?.get('data')?.taints.some((tt) => tt.source?.label === 'postMessage data');
          const fixed = isConstant(other) || (other.type === 'Identifier' && (() => { const v = frame.scope.lookup(other.name); return !!v && allTaints(v).length === 0 && (v.prefix !== undefined || v.stringy === true); })());
          if (isMessage && fixed) target.set(eventName, ALL_KINDS);
        }
        // url.protocol === 'https:' on a parsed URL: it cannot be a `javascript:` URL (XSS through links
        // and frames), nor one the OS hands to a program of the URL's choosing (`file:`, `smb:`).
        const owners = protocolOwners(litRight ? n.left : n.right, frame);
        if (owners.length > 0 && WEB_SCHEME.test(stringValue(litRight ? n.right : n.left) ?? '')) {
          for (const p of owners) target.set(p, (target.get(p) ?? 0) | mask('xss') | URL_SAFE_START);
        }
        if (typeofSide) {
          const ty = stringValue(n.right);
          // (A symbol carries no text either: as a property key it is never `__proto__`.)
          add(target, typeofSide, ty === 'number' || ty === 'boolean' || ty === 'symbol' ? ALL_KINDS : ty === 'string' ? mask('nosql') : 0);
        } else if (litRight && !litLeft) add(target, n.left, ALL_KINDS);
        else if (litLeft && !litRight) add(target, n.right, ALL_KINDS);
        else {
          // x === base, where base holds no user data (a configured root, a computed default): x is base.
          const trusted = (side: Node) => {
            const u = unwrap(side);
            if (u.type !== 'Identifier') return false;
            const v = frame.scope.lookup(u.name);
            return !!v && allTaints(v).every((tt) => !tt.source || !fromInput(tt));
          };
          if (trusted(n.right)) add(target, n.left, ALL_KINDS);
          else if (trusted(n.left)) add(target, n.right, ALL_KINDS);
          else {
            // x === root, where root is a resolved path (even one the caller chose): x is that path,
            // with no `..` left to climb out of it (target !== root && !target.startsWith(root + sep)).
            const resolvedPath = (side: Node) => { const u = unwrap(side); return u.type === 'Identifier' && !!frame.scope.lookup(u.name)?.normalized; };
            if (resolvedPath(n.right)) add(target, n.left, mask('path'));
            else if (resolvedPath(n.left)) add(target, n.right, mask('path'));
          }
          // target.origin === request.nextUrl.origin: an exact host comparison (same origin).
          for (const side of [n.left, n.right]) {
            const s = unwrap(side);
            if (s.type === 'MemberExpression' && /^(origin|host|hostname)$/.test(propertyName(s) ?? '')) add(target, side, mask('ssrf', 'redirect'));
          }
        }
        // indexOf(x) !== -1
        const call = unwrap(n.left);
        if (call.type === 'CallExpression' && calleeProperty(call) === 'indexOf' && isConstant(n.right)) {
          const r = unwrap(n.right);
          const neg = r.type === 'UnaryExpression' ? r.operator === '-' && String(unwrap(r.argument).value) === '1' : String(r.value) === '-1';
          const pos = (op === '!==' || op === '!=') === neg;
          const list = unwrap(call.callee).type === 'MemberExpression' ? unwrap(unwrap(call.callee).object) : undefined;
          if (list) webSchemeList(e, list, call.arguments[0], pos ? t : f, frame);
          // p.split('/').indexOf('..') !== -1: a parent segment; absent proves there is none.
          const segmentsOf = list && stringValue(call.arguments[0]) === '..' ? splitSegments(list) : undefined;
          // BLOCKED.indexOf(key) !== -1 with a list of prototype keys: absent proves the key is none of them.
          if (segmentsOf) add(pos ? f : t, segmentsOf, mask('path'));
          else if (list && protoBlocklist(e, list, call.arguments[0])) add(pos ? f : t, keyChecked(call.arguments[0]), mask('prototype'));
          else add(pos ? t : f, call.arguments[0], membershipKinds(call));
        }
      } else if ((op === '>' || op === '>=') && unwrap(n.left).type === 'CallExpression' && calleeProperty(unwrap(n.left)) === 'indexOf') {
        add(t, unwrap(n.left).arguments[0], membershipKinds(unwrap(n.left)));
      } else if (op === 'in') {
        add(t, n.left, ALL_KINDS);
      } else if (op === 'instanceof') {
        // err instanceof HttpError: an application error with a message written for the client.
        const cls = memberPath(n.right) ?? '';
        if (cls && !/^(Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError|Object)$/.test(cls)) add(t, n.left, mask('errorInfo'));
        // x instanceof RegExp: a pattern compiled already (decoded input never is one), so compiling it again adds nothing.
        if (cls === 'RegExp') add(t, n.left, mask('regex'));
      }
      break;
    }
    case 'CallExpression': {
      // A validator we can read (this file, or another one through its summary): its body decides, not its name.
      const fnValue = unwrap(n.callee).type === 'Identifier' ? frame.scope.lookup(unwrap(n.callee).name) : undefined;
      const proof = fnValue?.fn !== undefined ? validatorProof(e, fnValue.fn) : importedProof(e, n.callee);
      // (A body we cannot read as a yes/no answer falls back to the name heuristics below.)
      if (proof) {
        for (const { param, kinds } of proof) add(t, n.arguments[param], kinds);
        // `isProtoKey(k)` false: what the predicate's falsy answer rules out (`k === '__proto__' || …`).
        if (fnValue?.fn !== undefined) for (const { param, kinds } of predicateRefutes(e, fnValue.fn)) add(f, n.arguments[param], kinds);
        break;
      }
      const method = calleeProperty(n) ?? '';
      const name = qualifiedName(n.callee, e.input.modules, e.aliases) ?? '';
      const callee = unwrap(n.callee);
      const arg0 = n.arguments[0];
      let cb = arg0 && unwrap(arg0);
      // parts.some(isUnsafeKey): a local predicate passed by name is read like an inline one.
      if ((method === 'some' || method === 'every') && cb?.type === 'Identifier') {
        const fn = frame.scope.lookup(cb.name)?.fn;
        if (fn !== undefined) cb = e.fns[fn]!.node;
      }
      // parts.every(isSafeKey) with the predicate imported from another file: what its truthy return
      // proves about its argument holds for every element.
      // (Also through a namespace, `keys.every(path_1.isValidKey)` in compiled TypeScript.)
      const everyProof = method === 'every' && (cb?.type === 'Identifier' || cb?.type === 'MemberExpression') && callee.type === 'MemberExpression' ? importedProof(e, cb, true) : undefined;
      if (everyProof) {
        for (const p of everyProof) if (p.param === 0) add(t, callee.object, p.kinds);
      } else if ((method === 'some' || method === 'every') && callee.type === 'MemberExpression' && cb && isFunction(cb) && cb.params[0]?.type === 'Identifier') {
        // segments.some((s) => BLOCKED.has(s)) is false: what the callback's false branch proves holds for every element.
        const body = cb.body.type === 'BlockStatement' ? (cb.body.body.length === 1 && cb.body.body[0].type === 'ReturnStatement' ? cb.body.body[0].argument : undefined) : cb.body;
        if (body) {
          const g = conditionGuards(e, body, frame);
          const m = (method === 'some' ? g.whenFalse : g.whenTrue).get(cb.params[0].name);
          if (m) add(method === 'some' ? f : t, callee.object, m);
          // hosts.some((h) => host === h || host.endsWith(`.${h}`)) true, on a list without user data:
          // the other value matched one of the list's entries, so what that proves holds for it.
          if (method === 'some' && holdsNoInput(e, frame, callee.object)) {
            const scope = new Scope(frame.scope);
            scope.vars.set(cb.params[0].name, { taints: [] });
            const inner = conditionGuards(e, body, { ...frame, scope });
            for (const [k, kinds] of inner.whenTrue) {
              if (k !== cb.params[0].name && !k.startsWith(`${cb.params[0].name}.`)) t.set(k, (t.get(k) ?? 0) | kinds);
            }
          }
        }
      } else if (method === 'includes' && callee.type === 'MemberExpression' && stringValue(arg0) === '..' && splitSegments(callee.object)) {
        // p.split('/').includes('..') true means a parent segment: false proves there is none.
        add(f, splitSegments(callee.object)!, mask('path'));
      } else if (method === 'includes' && callee.type === 'MemberExpression' && /\.\./.test(stringValue(arg0) ?? '')) {
        // p.includes('..') true means traversal: false proves there is none.
        add(f, callee.object, mask('path'));
      } else if (method === 'includes' && callee.type === 'MemberExpression' && (stringValue(arg0) === '/' || stringValue(arg0) === '\\')) {
        // name.includes('/') false: no separator of that kind (see NO_SLASH).
        add(f, callee.object, stringValue(arg0) === '/' ? NO_SLASH : NO_BACKSLASH);
      } else if ((method === 'includes' || method === 'has' || method === 'hasOwnProperty') && callee.type === 'MemberExpression') {
        // allowed.includes(x): an allow-list check on x (not x.includes('..'), which checks x's content).
        const recv = unwrap(callee.object);
        if (method !== 'hasOwnProperty') webSchemeList(e, recv, arg0, t, frame);
        if (protoBlocklist(e, recv, arg0)) {
          // BLOCKED.includes(key) with BLOCKED = ['__proto__', 'constructor', …]: false proves the key is none of them.
          add(f, keyChecked(arg0), mask('prototype'));
        } else if (recv.type === 'Identifier' && /forbid|block|deny|reserved|unsafe|dangerous|blacklist|banned/i.test(recv.name)) {
          add(f, arg0, mask('prototype'));
        } else if (recv.type === 'ArrayExpression' || (recv.type === 'Identifier' && /^[A-Z_]+$|allow|valid|permit|whitelist|safe|known|supported|accepted|columns|fields|sort|order/i.test(recv.name)) || recv.type === 'MemberExpression') {
          if (!(arg0 && isConstant(arg0))) add(t, arg0, membershipKinds(n));
        }
      } else if (/^(Object\.hasOwn|Object\.prototype\.hasOwnProperty\.call)$/.test(name) || ownPropertyCheck(e, callee)) {
        add(t, n.arguments[1], ALL_KINDS);
      } else if (/^(crypto|node:crypto)\.timingSafeEqual$/.test(name)) {
        // timingSafeEqual(signature, hmac(secret).update(body).digest()): true means the body is the
        // sender's, who holds the secret (a signed webhook), not a visitor's.
        for (const a of n.arguments) {
          const signed = hmacInput(e, a);
          if (signed) add(t, signed, ALL_KINDS);
        }
      } else if (method === 'test' && callee.type === 'MemberExpression') {
        // What the regex lets through is read from the regex itself (probed with attack strings per
        // sink kind), whatever the constant holding it is called.
        const re = unwrap(callee.object);
        const literal = re.type === 'Literal' && re.regex ? re.regex : re.type === 'Identifier' ? e.regexConstant(re.name) : undefined;
        if (literal) {
          add(t, arg0, regexProves(literal.pattern, literal.flags ?? '') | (regexProvesSafeScheme(literal.pattern, literal.flags ?? '') ? URL_SAFE_START : 0));
          // /\.\./.test(p) true means traversal: false proves no `..`.
          if (/\\\.\\\.|\.\./.test(literal.pattern) && !literal.pattern.startsWith('^')) add(f, arg0, mask('path'));
        } else if (re.type === 'Identifier' && /^[A-Z_]+$|PATTERN|REGEX|RE$/i.test(re.name)) add(t, arg0, ALL_KINDS);
      } else if (method === 'startsWith' && callee.type === 'MemberExpression' && /^path\.(relative|posix\.relative)$/.test(qualifiedName(unwrap(callee.object).callee ?? callee.object, e.input.modules, e.aliases) ?? '') && (stringValue(arg0) ?? '').startsWith('..')) {
        // path.relative(BASE, p).startsWith('..'): true means p escapes BASE.
        add(f, unwrap(callee.object).arguments?.[1], mask('path'));
      } else if (method === 'startsWith' && callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier' && frame.urlOf.has(`#relative:${unwrap(callee.object).name}`) && /^(\.|\.\..*)$/.test(stringValue(arg0) ?? '')) {
        // const rel = path.relative(BASE, p); rel.startsWith('..') (or '.', which refuses `..` too): the same check through a variable.
        const p = frame.urlOf.get(`#relative:${unwrap(callee.object).name}`)!;
        f.set(p, (f.get(p) ?? 0) | mask('path'));
      } else if (method === 'endsWith' && callee.type === 'MemberExpression' && isHostOf(frame, callee.object) && domainSuffix(e, frame, arg0)) {
        // host.endsWith('.example.com') or host.endsWith(`.${allowed}`): a subdomain of a fixed domain.
        add(t, callee.object, mask('ssrf', 'redirect'));
      } else if (method === 'startsWith' && callee.type === 'MemberExpression' && stringValue(arg0) === '-') {
        // x.startsWith('-') false: x cannot be read as an option.
        add(f, callee.object, mask('argument'));
      } else if (method === 'startsWith' && callee.type === 'MemberExpression') {
        add(t, callee.object, startsWithKinds(e, callee.object, arg0, frame));
        // u.startsWith('https://'), ('#'), ('mailto:'): a fixed safe start without a host is still no `javascript:` link.
        if (SAFE_URL_PREFIX.test(stringValue(arg0) ?? '')) add(t, callee.object, URL_SAFE_START);
        // !x.startsWith('//') and !x.startsWith('/\\'): not a protocol-relative URL.
        if (stringValue(arg0) === '//') add(f, callee.object, NOT_PROTOCOL_RELATIVE);
        if (stringValue(arg0) === '/\\') add(f, callee.object, NOT_SLASH_BACKSLASH);
      } else if (method === 'includes' && callee.type === 'MemberExpression' && /\.\./.test(stringValue(arg0) ?? '')) {
        add(f, callee.object, mask('path'));
      } else if (/^(validator\.is\w+|is[A-Z]\w*|isValid\w*|validate\w*|Number\.isInteger|Number\.isSafeInteger|Number\.isFinite|uuid\.validate|isUUID|mongoose\.isValidObjectId|isValidObjectId|ObjectId\.isValid|mongoose\.Types\.ObjectId\.isValid)$/.test(name) || /^(is[A-Z]\w*|isValid\w*|validate\w*|check\w*|allowed\w*)$/.test(method)) {
        if (arg0) add(t, arg0, ALL_KINDS);
      } else if (/(^|\.)(isSafe\w*|isAllowed\w*|isPermitted\w*|isWhitelisted\w*|isTrusted\w*)$/.test(name)) {
        if (arg0) add(t, arg0, ALL_KINDS);
      }
      break;
    }
    case 'Identifier': {
      // A constant holding a check (statements.ts recordCondition), if what it checked is unchanged.
      const c = frame.conditions?.get(n.name);
      if (c && c.roots.every(([name, v]) => frame.scope.lookup(name) === v)) return { whenTrue: new Map(c.whenTrue), whenFalse: new Map(c.whenFalse) };
      break;
    }
    case 'MemberExpression': {
      // if (ALLOWED[x]) … : a lookup table decides.
      if (n.computed) add(t, n.property, ALL_KINDS);
      // s.trim ? s.trim() : s.replace(re, …): every string has the native method, so the regex
      // fallback only runs for values that are not strings (an engine without the method).
      else if (STRING_METHODS.has(propertyName(n) ?? '')) add(f, n.object, mask('redos'));
      break;
    }
    default:
      break;
  }
  return { whenTrue: t, whenFalse: f };
}

/**
 * A value that holds no user input: a variable or parameter without input taints (a list of
 * configured hosts), or a member of a module-level binding (`config.allowedHosts`). A member of a
 * local object is not known to be safe (`req.body.hosts` carries no taint of its own until read).
 */
function holdsNoInput(e: TaintEngine, frame: Frame, node: Node): boolean {
  const n = unwrap(node);
  const root = n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' ? memberPath(n)?.split('.')[0] : undefined;
  const v = root ? frame.scope.lookup(root) : undefined;
  if (!v || !allTaints(v).every((tt) => !tt.source || !fromInput(tt))) return false;
  return n.type === 'Identifier' || frame.scope.owner(root!) === e.moduleScope;
}

/** A URL's host: `u.hostname`, or a variable holding one (`const host = u.hostname.toLowerCase()`). */
function isHostOf(frame: Frame, node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Identifier') return frame.urlOf.has(`#host:${n.name}`);
  return n.type === 'MemberExpression' && /^(hostname|host)$/.test(propertyName(n) ?? '') && !!frame.urlOf.get(memberPath(n.object) ?? '');
}

/** `'.example.com'`, `` `.${domain}` `` or `'.' + domain` with domain holding no user input: a suffix that starts a label. */
function domainSuffix(e: TaintEngine, frame: Frame, arg: Node | undefined): boolean {
  if (!arg) return false;
  const n = unwrap(arg);
  const fixed = stringValue(n);
  if (fixed !== undefined) return /^\.[a-z0-9-]+\.[a-z0-9.-]+$/i.test(fixed);
  if (n.type === 'TemplateLiteral') return n.quasis[0]?.value.cooked === '.' && n.expressions.length === 1 && !n.quasis[1]?.value.cooked && holdsNoInput(e, frame, n.expressions[0]);
  if (n.type === 'BinaryExpression' && n.operator === '+') return stringValue(n.left) === '.' && holdsNoInput(e, frame, n.right);
  return false;
}

/**
 * What `x.startsWith(prefix)` proves about x. Paths: containment only when x is normalised
 * (`path.resolve`/`join` first; `..` segments would climb back out otherwise). URLs: a fixed
 * origin only when the prefix ends its host with `/` (`https://a.com` also admits
 * `https://a.com.evil.net`); a same-site path when it starts with one `/` and more.
 */
function startsWithKinds(e: TaintEngine, receiver: Node, arg: Node | undefined, frame: Frame): number {
  const prefix = stringValue(arg);
  let kinds = 0;
  const r = unwrap(receiver);
  const normalized = r.type === 'CallExpression'
    ? NORMALIZING.test(qualifiedName(r.callee, e.input.modules, e.aliases) ?? '')
    : r.type === 'Identifier' && !!frame.scope.lookup(r.name)?.normalized;
  // (A prefix held in a variable contains only when it ends with a separator: `root + path.sep`.
  // `full.startsWith(root)` also admits the sibling `/srv/acme-corp` of the root `/srv/acme`.)
  if (normalized && (prefix === undefined ? endsWithSeparator(e, arg) : prefix.length > 1)) kinds |= mask('path');
  if (prefix === undefined) return kinds | mask('redirect', 'ssrf'); // a base URL held in a variable: trusted as written
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(prefix)) kinds |= mask('redirect', 'ssrf') | (/^https?:/i.test(prefix) ? URL_SAFE_START : 0);
  else if (prefix === '/') kinds |= SLASH_PREFIX | URL_SAFE_START;
  else if (/^\/[^/\\]/.test(prefix)) kinds |= mask('redirect') | URL_SAFE_START;
  return kinds;
}

/** The expression (or the constant it was defined as) ends with a path separator: `root + path.sep`, `` `${dir}/` ``. */
function endsWithSeparator(e: TaintEngine, arg: Node | undefined, depth = 0): boolean {
  if (!arg || depth > 3) return false;
  const n = unwrap(resolveValue(e.input.program, arg).value);
  const sep = (x: Node) => /[/\\]$/.test(stringValue(x) ?? '') || /^(path\.)?(posix\.|win32\.)?sep$/.test(qualifiedName(x, e.input.modules, e.aliases) ?? memberPath(x) ?? '');
  if (n.type === 'BinaryExpression' && n.operator === '+') return sep(unwrap(n.right)) || endsWithSeparator(e, n.right, depth + 1);
  if (n.type === 'TemplateLiteral') {
    const tail = n.quasis[n.quasis.length - 1]?.value?.cooked ?? '';
    return tail !== '' ? /[/\\]$/.test(tail) : n.expressions.length > 0 && sep(unwrap(n.expressions[n.expressions.length - 1]));
  }
  if (n.type === 'ConditionalExpression') return endsWithSeparator(e, n.consequent, depth + 1) && endsWithSeparator(e, n.alternate, depth + 1);
  // (A constant prefix counts as a written one does: `startsWith('/srv/data')` is taken as meant.)
  const text = stringValue(n);
  return text !== undefined ? text.length > 1 : sep(n);
}

/** Schemes the OS opens in a browser or mail client: never `javascript:`, never a program the URL names. */
const WEB_SCHEME = /^(https?|mailto):$/i;

/**
 * The paths a check of this protocol proves something about: `u.protocol` (u, and the string u was
 * parsed from), `new URL(x).protocol` (x), or a variable holding one (`const p = u.protocol`).
 */
function protocolOwners(node: Node | undefined, frame: Frame): string[] {
  const n = node && unwrap(node);
  let owner: string | undefined;
  if (n?.type === 'Identifier') owner = frame.urlOf.get(`#protocol:${n.name}`);
  else if (n?.type === 'MemberExpression' && propertyName(n) === 'protocol') {
    const obj = unwrap(n.object);
    owner = obj.type === 'NewExpression' ? (obj.arguments[0] ? memberPath(obj.arguments[0]) : undefined) : memberPath(obj);
  }
  const base = owner ? frame.urlOf.get(owner) : undefined;
  return [owner, base].filter((p): p is string => !!p);
}

/**
 * `SCHEMES.has(u.protocol)`, `['https:', 'http:'].includes(protocol)`: when every listed scheme is
 * a web or mail one, the URL starts safely (URL_SAFE_START). One `file:` on the list proves nothing.
 */
function webSchemeList(e: TaintEngine, list: Node, arg: Node | undefined, target: Map<string, number>, frame: Frame): void {
  const owners = protocolOwners(arg, frame);
  if (owners.length === 0) return;
  const l = configuredList(e, unwrap(list), frame);
  const items = l.type === 'NewExpression' && memberPath(l.callee) === 'Set' && l.arguments[0] ? stringItems(unwrap(l.arguments[0]))
    : l.type === 'Identifier' ? e.stringList(l.name) : stringItems(l);
  if (!items || items.length === 0 || !items.every((s) => WEB_SCHEME.test(s))) return;
  for (const p of owners) target.set(p, (target.get(p) ?? 0) | URL_SAFE_START);
}

/**
 * `options.urlSchemes ?? DEFAULT_SCHEMES` (also written to a local first): a library's default list,
 * unless its caller configures another. The caller's configuration is its choice, not input: the
 * default decides, as long as the options hold no request or remote data.
 */
function configuredList(e: TaintEngine, list: Node, frame: Frame): Node {
  let l = list;
  if (l.type === 'Identifier' && !e.stringList(l.name)) {
    const init = definitionOf(e.input.program, l.name, l)?.value;
    if (init && unwrap(init).type === 'LogicalExpression') l = unwrap(init);
  }
  if (l.type !== 'LogicalExpression' || (l.operator !== '??' && l.operator !== '||')) return list;
  const option = unwrap(l.left);
  const root = option.type === 'MemberExpression' ? (memberPath(option) ?? '').split('.')[0] : undefined;
  const holder = root ? frame.scope.lookup(root) : undefined;
  if (!holder || allTaints(holder).some((t) => t.source && t.source.category !== 'library')) return list;
  return unwrap(l.right);
}

function stringItems(list: Node): string[] | undefined {
  if (list.type !== 'ArrayExpression') return undefined;
  const items = list.elements.map((x: Node | null) => (x ? stringValue(x) : undefined));
  return items.every((x: string | undefined) => x !== undefined) ? (items as string[]) : undefined;
}

/** What a one-expression predicate (`(k) => k === '__proto__' || k === 'constructor'`) proves when it answers no. */
function predicateRefutes(e: TaintEngine, id: number): { param: number; kinds: number }[] {
  let known = refutations.get(e);
  if (!known) refutations.set(e, (known = new Map()));
  let out = known.get(id);
  if (!out) known.set(id, (out = readRefutation(e, id)));
  return out;
}
const refutations = new WeakMap<TaintEngine, Map<number, { param: number; kinds: number }[]>>();

function readRefutation(e: TaintEngine, id: number): { param: number; kinds: number }[] {
  const fn = e.fns[id]!.node;
  const body = fn.body?.type === 'BlockStatement' ? (fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' ? fn.body.body[0].argument : undefined) : fn.body;
  if (!body) return [];
  const names = fn.params.map((p: Node) => (p.type === 'Identifier' ? p.name : undefined));
  const whenFalse = conditionGuards(e, body, e.newFrame(new Scope(e.fns[id]!.closure), e.fns[id]!.name)).whenFalse;
  const out: { param: number; kinds: number }[] = [];
  names.forEach((n: string | undefined, i: number) => { const k = n ? whenFalse.get(n) ?? 0 : 0; if (k) out.push({ param: i, kinds: k }); });
  return out;
}

/** `p.split('/')`, `p.split(path.sep)`, `p.split(/[\\/]/)`: the path cut into segments (returns `p`). */
function splitSegments(node: Node): Node | undefined {
  const n = unwrap(node);
  if (n.type !== 'CallExpression' || calleeProperty(n) !== 'split' || unwrap(n.callee).type !== 'MemberExpression') return undefined;
  const sep = unwrap(n.arguments[0] ?? n);
  const ok = stringValue(sep) === '/' || memberPath(sep) === 'path.sep' || (sep.type === 'Literal' && sep.regex && /^\[(\\\\\/|\/\\\\|\\\/\\\\|\\\\\\\/)\]\+?$/.test(sep.regex.pattern));
  return ok ? unwrap(n.callee).object : undefined;
}

/**
 * A list literal, or a constant list of this file, that holds the keys leading to a prototype. A
 * list the file exports (`exports.BLOCKED_KEYS = […]`, compiled TypeScript reading its own export)
 * counts only for a key compared as the text a property write would use (`String(key)`, see
 * keyChecked): a key compared as it is may be an array, `['__proto__']`, which no string in the
 * list equals but which `obj[key]` turns into `'__proto__'` (set-value CVE-2021-23440).
 */
function protoBlocklist(e: TaintEngine, recv: Node, key: Node | undefined): boolean {
  const exported = recv.type === 'MemberExpression' && key && keyChecked(key) !== key ? exportedConstant(recv) : undefined;
  const items = recv.type === 'ArrayExpression' ? recv.elements.map((x: Node | null) => (x ? stringValue(x) : undefined)) : recv.type === 'Identifier' ? e.stringList(recv.name) : exported ? e.stringList(exported) : undefined;
  return !!items && items.includes('__proto__') && (items.includes('constructor') || items.includes('prototype'));
}

/** `exports.NAME` / `module.exports.NAME`: the key under which engine.stringList keeps the file's exported constants. */
function exportedConstant(n: Node): string | undefined {
  const p = memberPath(n);
  const m = p ? /^(?:module\.)?exports\.([\w$]+)$/.exec(p) : null;
  return m ? `exports.${m[1]}` : undefined;
}

/**
 * The key a blocklist comparison is about: `key` itself, or the key inside `String(key)` or
 * `` `${key}` ``, the property name a write with that key uses. Comparing that text with
 * `'__proto__'` holds for any key, an array or an object with its own toString included.
 */
function keyChecked(node: Node | undefined): Node | undefined {
  const n = node && unwrap(node);
  if (n?.type === 'CallExpression' && unwrap(n.callee).type === 'Identifier' && unwrap(n.callee).name === 'String' && n.arguments.length === 1) return n.arguments[0];
  if (n?.type === 'TemplateLiteral' && n.expressions.length === 1 && n.quasis.every((q: Node) => q.value.cooked === '')) return n.expressions[0];
  return node;
}

/** `list.includes(x)` / `list.indexOf(x) !== -1`: exact membership, unless the list is a string (a substring check). */
function membershipKinds(call: Node): number {
  const callee = unwrap(call.callee);
  const recv = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
  const stringList = !!recv && (stringValue(recv) !== undefined);
  return stringList ? ALL_KINDS & ~mask('path', 'redirect', 'ssrf') : ALL_KINDS;
}

/** Methods every string has natively (String.prototype), tested before a hand-written fallback. */
const STRING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight', 'padStart', 'padEnd', 'repeat', 'startsWith', 'endsWith', 'includes', 'normalize', 'replaceAll', 'at', 'codePointAt']);

function isConstant(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Literal') return true;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return true;
  if (n.type === 'Identifier' && /^[A-Z][A-Z0-9_]+$/.test(n.name)) return true;
  // `x === undefined`: the same as comparing with `null` (a literal) — x is that one value.
  if (n.type === 'Identifier' && n.name === 'undefined') return true;
  if (n.type === 'UnaryExpression' && n.operator === '-' && unwrap(n.argument).type === 'Literal') return true;
  return false;
}

/**
 * The data an HMAC is computed over: `createHmac(alg, key).update(data).digest(…)`, maybe inside
 * `Buffer.from(…)`, written in place or as a const of this file.
 */
function hmacInput(e: TaintEngine, node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  let n = unwrap(resolveValue(e.input.program, node).value);
  for (let i = 0; i < 6 && n.type === 'CallExpression'; i++) {
    const callee = unwrap(n.callee);
    const name = qualifiedName(callee, e.input.modules, e.aliases) ?? '';
    if (/^Buffer\.from$/.test(name) && n.arguments[0]) {
      n = unwrap(resolveValue(e.input.program, n.arguments[0]).value);
      continue;
    }
    if (callee.type !== 'MemberExpression') return undefined;
    const method = propertyName(callee);
    const recv = unwrap(callee.object);
    if (method === 'update' && recv.type === 'CallExpression' && /^(crypto|node:crypto)\.createHmac$/.test(qualifiedName(recv.callee, e.input.modules, e.aliases) ?? '')) return n.arguments[0];
    if (method !== 'digest' && method !== 'toString') return undefined;
    n = recv;
  }
  return undefined;
}

/** An HTTP status read from an error or a response (`status`, `err.statusCode`, `error.status`). */
const STATUS_OPERAND = /^(status|statusCode|status_code|httpStatus|code)$/;

/**
 * Which branch of a test on an error's HTTP status handles client errors (4xx), whose messages the
 * application wrote for the client (http-errors sets `expose` for them): `status < 500`,
 * `status >= 400 && status < 500` and `err.expose` → the consequent; `status >= 500` and
 * `status === 500` (an error nobody gave a status) → the alternate. Undefined: not such a test.
 */
export function clientErrorBranch(test: Node): 'consequent' | 'alternate' | undefined {
  const t = unwrap(test);
  if (t.type === 'MemberExpression' && propertyName(t) === 'expose') return 'consequent';
  if (t.type === 'LogicalExpression' && t.operator === '&&') {
    const l = clientErrorBranch(t.left);
    return l === 'consequent' ? l : clientErrorBranch(t.right) === 'consequent' ? 'consequent' : undefined;
  }
  if (t.type !== 'BinaryExpression') return undefined;
  const flip: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '===': '===', '==': '==' };
  const [op, operand, limit] = numberValue(t.right) !== undefined ? [t.operator, t.left, numberValue(t.right)!]
    : numberValue(t.left) !== undefined ? [flip[t.operator], t.right, numberValue(t.left)!] : [undefined, undefined, NaN];
  if (!op || !operand) return undefined;
  const name = unwrap(operand).type === 'Identifier' ? unwrap(operand).name : propertyName(unwrap(operand));
  if (!STATUS_OPERAND.test(name ?? '')) return undefined;
  if ((op === '<' && limit === 500) || (op === '<=' && limit === 499)) return 'consequent';
  if ((op === '>=' && limit === 500) || (op === '>' && limit === 499) || ((op === '===' || op === '==') && limit === 500)) return 'alternate';
  return undefined;
}

/** `hasOwn.call(obj, key)` with `const hasOwn = Object.prototype.hasOwnProperty` (or `{}.hasOwnProperty`) in the file. */
function ownPropertyCheck(e: TaintEngine, callee: Node): boolean {
  if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'call' || unwrap(callee.object).type !== 'Identifier') return false;
  const target = unwrap(resolveValue(e.input.program, callee.object).value);
  return target.type === 'MemberExpression' && propertyName(target) === 'hasOwnProperty' && /^(Object\.prototype|\{\})$/.test(e.text(unwrap(target.object)).replace(/\s/g, ''));
}
