/**
 * Hand-rolled JWS verification in which the token's own header picks the algorithm: the class of
 * jsonwebtoken CVE-2015-9235 and jwt-simple CVE-2016-10555. Whoever writes the token chooses how it
 * is checked — `alg: none` (no signature) where the algorithm table has it, or HS256 with the
 * RSA public key as the HMAC secret — unless an allow-list is enforced on every path.
 */
import { type Node, calleeProperty, children, isFunction, memberPath, propertyName, unwrap } from '../frontend/js/ast.js';

/** `header.alg`, `decoded.header.alg`, `joseHeader.alg`. */
const HEADER_ALG = /(^|\.)[\w$]*header\.alg$/i;
/** Names a decoded header goes by when `{ alg }` is destructured from it. */
const HEADER_NAME = /header$/i;
/** A call that checks the algorithm and throws (`assertAlgorithm(header.alg, opts.algorithms)`). */
const CHECK_CALL = /^(assert|check|validate|ensure|verifyAlg)/i;

interface Scope {
  /** Local names bound to the header's algorithm (`const { alg } = header`). */
  algNames: Set<string>;
  /** Local names bound to what the header's algorithm selects (`const algorithm = getAlgorithm(header.alg)`). */
  selected: Set<string>;
  /** An allow-list is enforced on the header's algorithm somewhere in the function. */
  enforced: boolean;
  /** Where list names are looked up (`const ALL = [...]`, `exports.ALL = [...]`). */
  program: Node;
  /** Values the function's own declarations give to names. */
  local: Map<string, Node[]>;
  /** Values assigned to names and member paths in the program, built on first use. */
  values?: Map<string, Node[]>;
}

/**
 * The calls in the function (or program) `scope` that verify a signature with an algorithm the
 * token's header chose, when no allow-list check on that algorithm always runs: the check is
 * missing, or skipped when the caller passed no list (`opts.algorithms && !opts.algorithms.includes(alg)`).
 */
export function headerChosenVerifications(scope: Node, program: Node = scope): Node[] {
  const s: Scope = { algNames: new Set(), selected: new Set(), enforced: false, program, local: new Map() };
  const all = descendants(scope);
  if (scope !== program) s.local = namedValues(all);
  // Names first (declarations come before their uses in any order the walk meets them).
  for (const n of all) {
    if (n.type !== 'VariableDeclarator' || !n.init) continue;
    const init = stripAwait(n.init);
    if (n.id.type === 'ObjectPattern' && (HEADER_NAME.test(memberPath(init) ?? '') || isJsonParse(init))) {
      for (const p of n.id.properties) if (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === 'alg' && p.value.type === 'Identifier') s.algNames.add(p.value.name);
    } else if (n.id.type === 'Identifier' && HEADER_ALG.test(memberPath(init) ?? '')) {
      s.algNames.add(n.id.name);
    }
  }
  for (const n of all) {
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && selects(s, stripAwait(n.init))) s.selected.add(n.id.name);
    if (n.type === 'IfStatement' && enforces(s, n.test)) s.enforced = true;
    if (n.type === 'ExpressionStatement' && unwrap(n.expression).type === 'CallExpression' && CHECK_CALL.test(calleeProperty(unwrap(n.expression)) ?? '') && unwrap(n.expression).arguments.some((a: Node) => isAlg(s, a))) s.enforced = true;
  }
  if (s.enforced) return [];
  return all.filter((n) => n.type === 'CallExpression' && verifiesWithChosen(s, n));
}

function descendants(root: Node): Node[] {
  const out: Node[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    for (const c of children(n)) stack.push(c);
  }
  return out;
}

function stripAwait(n: Node): Node {
  const u = unwrap(n);
  return u.type === 'AwaitExpression' ? unwrap(u.argument) : u;
}

function isJsonParse(n: Node): boolean {
  return n.type === 'CallExpression' && memberPath(n.callee) === 'JSON.parse';
}

function isAlg(s: Scope, n: Node | undefined): boolean {
  if (!n) return false;
  const u = unwrap(n);
  return (u.type === 'Identifier' && s.algNames.has(u.name)) || HEADER_ALG.test(memberPath(u) ?? '');
}

/** `getAlgorithm(header.alg)`, `ALGORITHMS[header.alg]`. */
function selects(s: Scope, n: Node): boolean {
  if (n.type === 'CallExpression') return n.arguments.some((a: Node) => isAlg(s, a));
  return n.type === 'MemberExpression' && n.computed && isAlg(s, n.property);
}

/** The called name, also through compiled TypeScript's `(0, jws_1.verifySignature)(…)`. */
function calledName(call: Node): string | undefined {
  const c = unwrap(call.callee);
  if (c.type !== 'SequenceExpression') return calleeProperty(call);
  const last = unwrap(c.expressions[c.expressions.length - 1]);
  return last.type === 'MemberExpression' ? propertyName(last) : last.type === 'Identifier' ? last.name : undefined;
}

/** `algorithm.verify(…)`, `ALGORITHMS[header.alg].verify(…)`, `jws.verify(token, header.alg, key)`, `verify(input, key, method)`. */
function verifiesWithChosen(s: Scope, call: Node): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === 'MemberExpression' && calleeProperty(call) === 'verify') {
    const obj = stripAwait(callee.object);
    if ((obj.type === 'Identifier' && s.selected.has(obj.name)) || selects(s, obj)) return true;
  }
  return /verify/i.test(calledName(call) ?? '') && call.arguments.some((a: Node) => isAlg(s, a) || (unwrap(a).type === 'Identifier' && s.selected.has(unwrap(a).name)));
}

/**
 * A test that checks the header's algorithm against a list whenever it runs: `!list.includes(alg)`,
 * `list.indexOf(alg) === -1`, `!allowed.has(alg)`, either side of `||`. Under `&&` the check holds
 * unless the other side only asks whether that list was given: then no list means no check.
 */
function enforces(s: Scope, test: Node): boolean {
  const t = unwrap(test);
  if (t.type === 'UnaryExpression' && t.operator === '!') return enforces(s, t.argument);
  if (t.type === 'LogicalExpression' && t.operator === '||') return enforces(s, t.left) || enforces(s, t.right);
  if (t.type === 'LogicalExpression' && t.operator === '&&') {
    const pairs: [Node, Node][] = [[t.left, t.right], [t.right, t.left]];
    return pairs.some(([check, other]) => enforces(s, check) && !asksPresence(other, listOf(s, check)));
  }
  const list = listNode(s, t);
  return list !== undefined && !mixesFamilies(s, list, 0);
}

/** The member path of the list a membership test checks the header's algorithm against. */
function listOf(s: Scope, test: Node): string | undefined {
  const list = listNode(s, test);
  return list && (memberPath(list) ?? '');
}

function listNode(s: Scope, test: Node): Node | undefined {
  let t = unwrap(test);
  if (t.type === 'UnaryExpression' && t.operator === '!') t = unwrap(t.argument);
  if (t.type === 'BinaryExpression' && /^[=!]==?$|^[<>]=?$/.test(t.operator)) t = unwrap(t.left);
  if (t.type !== 'CallExpression' || unwrap(t.callee).type !== 'MemberExpression') return undefined;
  if (!/^(includes|has|indexOf)$/.test(calleeProperty(t) ?? '') || !isAlg(s, t.arguments[0])) return undefined;
  return unwrap(unwrap(t.callee).object);
}

const HMAC_ALG = /^HS\d+$/;
const ASYMMETRIC_ALG = /^(RS|PS|ES)\d+K?$|^EdDSA$/;

/**
 * Can the list be one that holds HMAC and public-key algorithms together (`options.algorithms ||
 * ALL_ALGORITHMS`)? Checking the header against it proves nothing about confusion: an HS256 token
 * passes it and is then checked as an HMAC keyed with the RSA public key (jsonwebtoken < 9's
 * default list, CVE-2022-23541).
 */
function mixesFamilies(s: Scope, list: Node, depth: number): boolean {
  const n = unwrap(list);
  if (depth > 4) return false;
  if (n.type === 'ArrayExpression') {
    const names = n.elements.map((e: Node | null) => (e && e.type === 'Literal' && typeof e.value === 'string' ? e.value : ''));
    return names.some((a: string) => HMAC_ALG.test(a)) && names.some((a: string) => ASYMMETRIC_ALG.test(a));
  }
  if (n.type === 'LogicalExpression' && /^(\|\||\?\?)$/.test(n.operator)) return mixesFamilies(s, n.left, depth + 1) || mixesFamilies(s, n.right, depth + 1);
  if (n.type === 'ConditionalExpression') return mixesFamilies(s, n.consequent, depth + 1) || mixesFamilies(s, n.alternate, depth + 1);
  const path = n.type === 'Identifier' || n.type === 'MemberExpression' ? memberPath(n) : undefined;
  // A name declared in the function itself is that declaration, not a namesake elsewhere.
  const values = !path ? [] : s.local.get(path) ?? valuesOf(s).get(path) ?? [];
  return values.some((v) => mixesFamilies(s, v, depth + 1));
}

/** Every `const NAME = value` and `exports.NAME = value` of the program, by name or member path. */
function valuesOf(s: Scope): Map<string, Node[]> {
  return (s.values ??= namedValues(descendants(s.program)));
}

function namedValues(nodes: readonly Node[]): Map<string, Node[]> {
  const values = new Map<string, Node[]>();
  const add = (path: string | undefined, value: Node) => {
    if (path) values.set(path, [...(values.get(path) ?? []), value]);
  };
  for (const n of nodes) {
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) add(n.id.name, n.init);
    if (n.type === 'AssignmentExpression' && n.operator === '=') add(memberPath(n.left), n.right);
  }
  return values;
}

/** `opts.algorithms`, `opts.algorithms.length`, `Array.isArray(opts.algorithms)`: only whether the list is there. */
function asksPresence(n: Node, list: string | undefined): boolean {
  if (!list) return false;
  const u = unwrap(n);
  const path = memberPath(u.type === 'CallExpression' && memberPath(u.callee) === 'Array.isArray' ? u.arguments[0] : u) ?? '';
  return path === list || path === `${list}.length`;
}

/** The outermost function around a node (its whole body is where checks may sit), else the program. */
export function outermostFunction(ancestors: readonly Node[], program: Node): Node {
  return ancestors.find((a) => isFunction(a)) ?? program;
}
