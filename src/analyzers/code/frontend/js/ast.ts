/**
 * ESTree helpers over the oxc-parser AST. Nodes are plain objects with `type`, `start`, `end`
 * (UTF-16 offsets). We type them loosely: rules test `node.type` and read fields by name.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = { type: string; start: number; end: number; [key: string]: any };

export function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
}

const SKIP_KEYS = new Set(['type', 'start', 'end', 'range', 'loc', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'decorators']);

/** Child nodes in source order (type annotations skipped: they carry no data flow). */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const key in node) {
    if (SKIP_KEYS.has(key)) continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item)) out.push(item);
    } else if (isNode(v)) {
      out.push(v);
    }
  }
  return out;
}

export type Visitor = Partial<Record<string, (node: Node, ancestors: readonly Node[]) => void>>;

/** Keys that never hold runtime code (type annotations) — skipped by walks. */
const WALK_SKIP = new Set(['type', 'start', 'end', 'range', 'loc', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments']);

/**
 * Keys of a node type that may hold child nodes. oxc gives every node of a type the same fields,
 * so the list is computed once per type instead of enumerating every node's properties. A key
 * seen holding a string, number or boolean is a scalar field of that type (`name`, `operator`,
 * `computed`), never a child in ESTree, and is dropped from the type's list (dropScalarKey): the
 * walk then reads only the fields that can hold nodes, about a third of them.
 */
const KEYS_BY_TYPE = new Map<string, string[]>();
function childKeys(node: Node): string[] {
  let keys = KEYS_BY_TYPE.get(node.type);
  if (!keys) {
    keys = Object.keys(node).filter((k) => !WALK_SKIP.has(k));
    KEYS_BY_TYPE.set(node.type, keys);
  }
  return keys;
}

function dropScalarKey(type: string, key: string): void {
  const keys = KEYS_BY_TYPE.get(type);
  if (keys) KEYS_BY_TYPE.set(type, keys.filter((k) => k !== key));
}

/**
 * Depth-first walk calling every visitor's handler for `node.type` with the chain of ancestors
 * (nearest last). One dispatch table per walk and no per-node allocation: this runs over every
 * node of every file.
 *
 * A file's tree is walked several times (imports, pattern rules, fact collectors, the taint
 * engine's look-ups): the first walk from a `Program` records the nodes in visiting order with
 * their parents, and later walks of that tree replay the record instead of reading every node's
 * fields again. A replay visits only the nodes of the types its visitors handle (a collector that
 * looks at calls reads the calls, in order) and rebuilds the ancestor chain from the parents. Same
 * nodes, same order, same ancestors.
 */
export function walk(root: Node, visitors: Visitor[]): void {
  const table = new Map<string, ((node: Node, ancestors: readonly Node[]) => void)[]>();
  for (const v of visitors) {
    for (const type in v) {
      const h = v[type];
      if (!h) continue;
      const list = table.get(type);
      if (list) list.push(h);
      else table.set(type, [h]);
    }
  }
  const ancestors: Node[] = [];
  const recorded = root.type === 'Program' ? ORDER.get(root) : undefined;
  if (recorded) {
    lastRecord = recorded;
    replay(recorded, table, ancestors, 0, recorded.nodes.length);
    return;
  }
  // A large subtree of the last walked program (a function body a rule looks into): replay its part
  // of the record. Rules that look into every function's body would otherwise read nested code once
  // per enclosing function — quadratic in generated files with deeply nested functions.
  if (lastRecord && root.end - root.start >= SUBTREE_REPLAY_CHARS) {
    const at = positionOf(lastRecord, root);
    if (at !== undefined) {
      replay(lastRecord, table, ancestors, at, subtreeEnd(lastRecord, at));
      return;
    }
  }
  const record: WalkRecord | undefined = root.type === 'Program' ? { nodes: [], depths: [], parents: [] } : undefined;
  const parentIndex: number[] = [];
  const go = (node: Node) => {
    if (record) {
      record.parents.push(parentIndex.length ? parentIndex[parentIndex.length - 1]! : -1);
      parentIndex.push(record.nodes.length);
      record.nodes.push(node);
      record.depths.push(ancestors.length);
    }
    const handlers = table.get(node.type);
    if (handlers) for (const h of handlers) h(node, ancestors);
    ancestors.push(node);
    for (const key of childKeys(node)) {
      const v = node[key];
      if (v === null || v === undefined) continue;
      if (typeof v !== 'object') {
        dropScalarKey(node.type, key);
        continue;
      }
      if (Array.isArray(v)) {
        for (const item of v) if (item !== null && typeof item === 'object' && typeof item.type === 'string') go(item);
      } else if (typeof v.type === 'string') {
        go(v);
      }
    }
    ancestors.pop();
    if (record) parentIndex.pop();
  };
  go(root);
  if (record) {
    ORDER.set(root, record);
    lastRecord = record;
  }
}

/**
 * Drop what subtree walks of this program built (rebuilt if asked again): a file whose parsed tree
 * is kept for link rounds keeps its record, and these add about 12 bytes per node to it.
 */
export function releaseSubtreeIndex(program: Node): void {
  const rec = ORDER.get(program);
  if (!rec) return;
  rec.byStart = undefined;
  rec.ends = undefined;
  if (lastRecord === rec) lastRecord = undefined;
}

/** Subtrees spanning fewer characters are walked directly (finding them in the record costs more). */
const SUBTREE_REPLAY_CHARS = 2048;

/** The record of the program walked last: subtree walks of its nodes replay from it. */
let lastRecord: WalkRecord | undefined;

/** Record positions fit below this bit in a by-start key (`start × 2^21 + position`). */
const POSITION_BITS = 2 ** 21;

/** Where `node` is in the record (found by its start offset), or undefined. */
function positionOf(rec: WalkRecord, node: Node): number | undefined {
  if (!rec.byStart) {
    // Visiting order is nearly start order (not quite: a template's quasis come before its
    // expressions), so the nodes are sorted by start once; a Map of ~10^6 nodes costs far more.
    if (rec.nodes.length >= POSITION_BITS) return undefined;
    const keys = new Float64Array(rec.nodes.length);
    for (let i = 0; i < keys.length; i++) keys[i] = rec.nodes[i]!.start * POSITION_BITS + i;
    rec.byStart = keys.sort();
  }
  const keys = rec.byStart;
  const first = node.start * POSITION_BITS;
  for (let k = lowerBound(keys, first); k < keys.length && keys[k]! < first + POSITION_BITS; k++) {
    const at = keys[k]! - first;
    if (rec.nodes[at] === node) return at;
  }
  return undefined;
}

/** One past the last node of the subtree rooted at `at` (its descendants follow it in the record). */
function subtreeEnd(rec: WalkRecord, at: number): number {
  if (!rec.ends) {
    // A node's subtree ends where the next node at its depth or above begins.
    const { depths } = rec;
    const ends = new Int32Array(depths.length);
    const open: number[] = [];
    for (let i = 0; i < depths.length; i++) {
      while (open.length && depths[open[open.length - 1]!]! >= depths[i]!) ends[open.pop()!] = i;
      open.push(i);
    }
    for (const i of open) ends[i] = depths.length;
    rec.ends = ends;
  }
  return rec.ends[at]!;
}

/** Visiting order, depth and parent (index into `nodes`, -1 for the root) of every node of a walked `Program`. */
interface WalkRecord {
  nodes: Node[];
  depths: number[];
  parents: number[];
  /** Indices of `nodes` by node type, ascending (built at the first replay). */
  byType?: Map<string, number[]>;
  /** `start × 2^21 + position` of every node, ascending, and where each node's subtree ends (built at the first subtree replay). */
  byStart?: Float64Array;
  ends?: Int32Array;
}

const ORDER = new WeakMap<Node, WalkRecord>();

/** A replay that visits more than this share of the nodes reads them all rather than merging index lists. */
const DENSE_REPLAY = 0.25;

/** First position in the ascending `list` whose value is at least `x`. */
function lowerBound(list: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Replay the recorded nodes `from` … `to` (a whole program, or one node's subtree), ancestors counted from `from`. */
function replay(rec: WalkRecord, table: Map<string, ((node: Node, ancestors: readonly Node[]) => void)[]>, ancestors: Node[], from: number, to: number): void {
  const { nodes, depths, parents } = rec;
  if (!rec.byType) {
    const byType = new Map<string, number[]>();
    for (let i = 0; i < nodes.length; i++) {
      const t = nodes[i]!.type;
      const list = byType.get(t);
      if (list) list.push(i);
      else byType.set(t, [i]);
    }
    rec.byType = byType;
  }
  const whole = from === 0 && to === nodes.length;
  const base = depths[from]!;
  const lists: number[][] = [];
  let count = 0;
  for (const type of table.keys()) {
    const all = rec.byType.get(type);
    if (!all) continue;
    const list = whole ? all : all.slice(lowerBound(all, from), lowerBound(all, to));
    if (list.length) {
      lists.push(list);
      count += list.length;
    }
  }
  if (count === 0) return;
  if (count > (to - from) * DENSE_REPLAY) {
    for (let i = from; i < to; i++) {
      const node = nodes[i]!;
      const depth = depths[i]! - base;
      const handlers = table.get(node.type);
      if (handlers) {
        ancestors.length = depth;
        for (const h of handlers) h(node, ancestors);
      }
      // Below this node the ancestors are the chain up to it (entries past `depth` are stale
      // until overwritten; the length is set before any handler sees the array).
      ancestors[depth] = node;
    }
    return;
  }
  let order: ArrayLike<number>;
  if (lists.length === 1) order = lists[0]!;
  else {
    const merged = new Int32Array(count);
    let at = 0;
    for (const list of lists) for (const i of list) merged[at++] = i;
    order = merged.sort();
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const node = nodes[i]!;
    const depth = depths[i]! - base;
    // The chain root … parent: entries above the first one that already matches are still right
    // (two chains that share a node share everything above it).
    ancestors.length = depth;
    for (let d = depth - 1, p = parents[i]!; d >= 0 && ancestors[d] !== nodes[p]; d--, p = parents[p]!) ancestors[d] = nodes[p]!;
    for (const h of table.get(node.type)!) h(node, ancestors);
  }
}

/** Names a parameter, declaration or destructuring pattern binds (not the names its defaults read). */
export function boundNames(pattern: Node | undefined | null): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier': return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((p: Node) => (p.type === 'RestElement' ? boundNames(p.argument) : boundNames(p.value)));
    case 'ArrayPattern': return pattern.elements.flatMap((e: Node | null) => boundNames(e));
    case 'AssignmentPattern': return boundNames(pattern.left);
    case 'RestElement': return boundNames(pattern.argument);
    case 'TSParameterProperty': return boundNames(pattern.parameter);
    default: return [];
  }
}

export const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function isFunction(node: Node | undefined | null): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

/** Nodes that only wrap an expression without changing its value: parentheses, TS assertions, `?.` chains. */
export const WRAPPER_TYPES = new Set([
  'ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression',
  'TSTypeAssertion', 'TSInstantiationExpression', 'ChainExpression',
]);

/** Strip wrappers that do not change the value: parentheses, TS assertions, `!`, `satisfies`. */
export function unwrap(node: Node): Node {
  // Most calls get one of these (never a wrapper): answered without the set look-up.
  const t = node.type;
  if (t === 'Identifier' || t === 'MemberExpression' || t === 'CallExpression' || t === 'Literal') return node;
  let n = node;
  while (WRAPPER_TYPES.has(n.type)) n = n.expression;
  return n;
}

/** Name of a non-computed property key (`a.b`, `{ b: 1 }`, `a['b']`), else undefined. */
export function propertyName(member: Node): string | undefined {
  const key = member.type === 'MemberExpression' ? member.property : member.key;
  if (!key) return undefined;
  if (!member.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return '#' + key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0].value.cooked;
  return undefined;
}

/** `a.b.c` for a chain of identifiers and non-computed members (with `this`), else undefined. */
export function memberPath(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'ThisExpression') return 'this';
  if (n.type === 'Super') return 'super';
  if (n.type === 'MemberExpression') {
    const obj = memberPath(n.object);
    const prop = propertyName(n);
    if (obj === undefined || prop === undefined) return undefined;
    return `${obj}.${prop}`;
  }
  if (n.type === 'CallExpression') {
    // `express.Router()` / `require('x')` / `getDb()` in a chain: keep the callee path with ().
    const callee = memberPath(n.callee);
    return callee === undefined ? undefined : `${callee}()`;
  }
  return undefined;
}

/**
 * The key a check on an expression is kept under: its member path, with the arguments of the
 * calls along it (`req.get("x-mode")`, `url.split(".").slice(-1)`), so a check of one header or
 * input says nothing about another read through the same method. A call with an argument that is
 * neither a literal nor a path (`f(a + b)`) has no key.
 */
export function guardPath(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'MemberExpression') {
    const obj = guardPath(n.object);
    const prop = propertyName(n);
    return obj === undefined || prop === undefined ? undefined : `${obj}.${prop}`;
  }
  if (n.type === 'CallExpression') {
    const callee = guardPath(n.callee);
    if (callee === undefined) return undefined;
    const args: string[] = [];
    for (const a of n.arguments) {
      const key = argumentKey(a);
      if (key === undefined) return undefined;
      args.push(key);
    }
    return `${callee}(${args.join(',')})`;
  }
  return memberPath(n);
}

/** An argument in a guard key: a literal (`'x-mode'`, `-1`, `/\./`), or a variable or member path read again. */
function argumentKey(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal') return n.regex ? `/${n.regex.pattern}/${n.regex.flags ?? ''}` : JSON.stringify(n.value);
  const s = stringValue(n);
  if (s !== undefined) return JSON.stringify(s);
  if (n.type === 'UnaryExpression' && n.operator === '-' && numberValue(n.argument) !== undefined) return `-${numberValue(n.argument)}`;
  const p = guardPath(n);
  return p === undefined ? undefined : `@${p}`;
}

/** Literal string value: 'x', "x", `x` without substitutions. */
export function stringValue(node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value?.cooked ?? undefined;
  return undefined;
}

/** The number a numeric literal writes (`400`), else undefined. */
export function numberValue(node: Node | undefined | null): number | undefined {
  const n = node && unwrap(node);
  return n?.type === 'Literal' && typeof n.value === 'number' ? n.value : undefined;
}

export function isLiteralLike(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'Literal' || (n.type === 'TemplateLiteral' && n.expressions.length === 0);
}

/** The object-literal property named `name`, if the node is an object literal that has it. */
export function objectProperty(node: Node | undefined | null, name: string): Node | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'ObjectExpression') return undefined;
  for (const p of n.properties) {
    if (p.type === 'Property' && propertyName(p) === name) return p.value;
  }
  return undefined;
}

export function hasSpread(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'ObjectExpression' && n.properties.some((p: Node) => p.type === 'SpreadElement');
}

export function calleeProperty(call: Node): string | undefined {
  const c = unwrap(call.callee);
  if (c.type === 'MemberExpression') return propertyName(c);
  if (c.type === 'Identifier') return c.name;
  return undefined;
}

/** Name a function is known by: its id, the variable or property it is assigned to, or the method key. */
export function functionName(fn: Node, parent?: Node): string | undefined {
  if (fn.id?.name) return fn.id.name;
  if (!parent) return undefined;
  if (parent.type === 'VariableDeclarator' && parent.id?.type === 'Identifier') return parent.id.name;
  if ((parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') && parent.key) return propertyName(parent);
  if (parent.type === 'AssignmentExpression') return memberPath(parent.left);
  return undefined;
}
