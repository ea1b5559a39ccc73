/** Guards: what a condition proves about values when it is true and when it is false (allow-lists, anchored regexes, containment checks). */
import { type Node, calleeProperty, memberPath, propertyName, stringValue, unwrap } from '../frontend/js/ast.js';
import { qualifiedName } from '../frontend/js/modules.js';
import { ALL_KINDS, mask } from './values.js';
import type { Frame } from './frames.js';
import type { TaintEngine } from './engine.js';

/** What a condition proves about values when it is true, and when it is false. */
export function conditionGuards(e: TaintEngine, test: Node, frame: Frame): { whenTrue: Map<string, number>; whenFalse: Map<string, number> } {
  const t = new Map<string, number>();
  const f = new Map<string, number>();
  const n = unwrap(test);
  const add = (m: Map<string, number>, node: Node | undefined, kinds: number) => {
    if (!node) return;
    const inner = unwrap(node);
    const p = memberPath(inner);
    if (p) m.set(p, (m.get(p) ?? 0) | kinds);
    // new URL(x).hostname / url.hostname where url = new URL(x)
    if (inner.type === 'MemberExpression' && /^(hostname|host|origin|protocol)$/.test(propertyName(inner) ?? '')) {
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
      if (n.operator === '&&') {
        for (const [k, m] of [...l.whenTrue, ...r.whenTrue]) t.set(k, (t.get(k) ?? 0) | m);
      } else if (n.operator === '||') {
        for (const [k, m] of [...l.whenFalse, ...r.whenFalse]) f.set(k, (f.get(k) ?? 0) | m);
      }
      return { whenTrue: t, whenFalse: f };
    }
    case 'BinaryExpression': {
      const op = n.operator;
      const litRight = isConstant(n.right);
      const litLeft = isConstant(n.left);
      if (op === '===' || op === '==' || op === '!==' || op === '!=') {
        const target = op === '===' || op === '==' ? t : f;
        // typeof x === 'string' proves a string (not a NoSQL operator object).
        const typeofSide = unwrap(n.left).type === 'UnaryExpression' && unwrap(n.left).operator === 'typeof' ? unwrap(n.left).argument : undefined;
        // key === '__proto__' || key === 'constructor': when false, the key is not a prototype key.
        const protoConst = [n.left, n.right].map((x) => stringValue(x)).find((v) => v === '__proto__' || v === 'constructor' || v === 'prototype');
        if (protoConst) add(op === '===' || op === '==' ? f : t, litRight ? n.left : n.right, mask('prototype'));
        if (typeofSide) {
          const ty = stringValue(n.right);
          add(target, typeofSide, ty === 'number' || ty === 'boolean' ? ALL_KINDS : ty === 'string' ? mask('nosql') : 0);
        } else if (litRight && !litLeft) add(target, n.left, ALL_KINDS);
        else if (litLeft && !litRight) add(target, n.right, ALL_KINDS);
        // indexOf(x) !== -1
        const call = unwrap(n.left);
        if (call.type === 'CallExpression' && calleeProperty(call) === 'indexOf' && isConstant(n.right)) {
          const neg = String(unwrap(n.right).value) === '-1';
          const pos = (op === '!==' || op === '!=') === neg;
          add(pos ? t : f, call.arguments[0], ALL_KINDS);
        }
      } else if ((op === '>' || op === '>=') && unwrap(n.left).type === 'CallExpression' && calleeProperty(unwrap(n.left)) === 'indexOf') {
        add(t, unwrap(n.left).arguments[0], ALL_KINDS);
      } else if (op === 'in') {
        add(t, n.left, ALL_KINDS);
      } else if (op === 'instanceof') {
        // err instanceof HttpError: an application error with a message written for the client.
        const cls = memberPath(n.right) ?? '';
        if (cls && !/^(Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError|Object)$/.test(cls)) add(t, n.left, mask('errorInfo'));
      }
      break;
    }
    case 'CallExpression': {
      const method = calleeProperty(n) ?? '';
      const name = qualifiedName(n.callee, e.input.modules, e.aliases) ?? '';
      const callee = unwrap(n.callee);
      const arg0 = n.arguments[0];
      if ((method === 'includes' || method === 'has' || method === 'hasOwnProperty') && callee.type === 'MemberExpression') {
        // allowed.includes(x): an allow-list check on x (not x.includes('..'), which checks x's content).
        const recv = unwrap(callee.object);
        if (recv.type === 'Identifier' && /forbid|block|deny|reserved|unsafe|dangerous|blacklist|banned/i.test(recv.name)) {
          add(f, arg0, mask('prototype'));
        } else if (recv.type === 'ArrayExpression' || (recv.type === 'Identifier' && /^[A-Z_]+$|allow|valid|permit|whitelist|safe|known|supported|accepted|columns|fields|sort|order/i.test(recv.name)) || recv.type === 'MemberExpression') {
          if (!(arg0 && isConstant(arg0))) add(t, arg0, ALL_KINDS);
        }
      } else if (/^(Object\.hasOwn|Object\.prototype\.hasOwnProperty\.call)$/.test(name)) {
        add(t, n.arguments[1], ALL_KINDS);
      } else if (method === 'test' && callee.type === 'MemberExpression') {
        const re = unwrap(callee.object);
        const pattern: string | undefined = re.type === 'Literal' && re.regex ? re.regex.pattern : undefined;
        const anchored = pattern !== undefined && pattern.startsWith('^') && pattern.endsWith('$') && !/\.\*|\.\+/.test(pattern);
        if (anchored) add(t, arg0, ALL_KINDS);
        else if (pattern !== undefined && /\\\.\\\.|\.\./.test(pattern)) add(f, arg0, mask('path'));
        else if (re.type === 'Identifier' && /^[A-Z_]+$|PATTERN|REGEX|RE$/i.test(re.name)) add(t, arg0, ALL_KINDS);
      } else if (method === 'startsWith' && callee.type === 'MemberExpression' && /^path\.(relative|posix\.relative)$/.test(qualifiedName(unwrap(callee.object).callee ?? callee.object, e.input.modules, e.aliases) ?? '') && (stringValue(arg0) ?? '').startsWith('..')) {
        // path.relative(BASE, p).startsWith('..'): true means p escapes BASE.
        add(f, unwrap(callee.object).arguments?.[1], mask('path'));
      } else if (method === 'startsWith' && callee.type === 'MemberExpression') {
        const prefix = stringValue(arg0);
        // x.startsWith(base) after path.resolve/join: a containment check (path), or a same-origin check.
        if (prefix === undefined || prefix.length > 1 || prefix === '/') add(t, callee.object, mask('path', 'redirect', 'ssrf'));
      } else if (method === 'includes' && callee.type === 'MemberExpression' && /\.\./.test(stringValue(arg0) ?? '')) {
        add(f, callee.object, mask('path'));
      } else if (/^(validator\.is\w+|is[A-Z]\w*|isValid\w*|validate\w*|Number\.isInteger|Number\.isSafeInteger|Number\.isFinite|uuid\.validate|isUUID|mongoose\.isValidObjectId|isValidObjectId|ObjectId\.isValid|mongoose\.Types\.ObjectId\.isValid)$/.test(name) || /^(is[A-Z]\w*|isValid\w*|validate\w*|check\w*|allowed\w*)$/.test(method)) {
        if (arg0) add(t, arg0, ALL_KINDS);
      } else if (/(^|\.)(isSafe\w*|isAllowed\w*|isPermitted\w*|isWhitelisted\w*|isTrusted\w*)$/.test(name)) {
        if (arg0) add(t, arg0, ALL_KINDS);
      }
      break;
    }
    case 'MemberExpression': {
      // if (ALLOWED[x]) … : a lookup table decides.
      if (n.computed) add(t, n.property, ALL_KINDS);
      break;
    }
    default:
      break;
  }
  return { whenTrue: t, whenFalse: f };
}

function isConstant(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'Literal') return true;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return true;
  if (n.type === 'Identifier' && /^[A-Z][A-Z0-9_]+$/.test(n.name)) return true;
  if (n.type === 'UnaryExpression' && n.operator === '-' && unwrap(n.argument).type === 'Literal') return true;
  return false;
}
