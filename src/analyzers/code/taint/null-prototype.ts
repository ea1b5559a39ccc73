/**
 * Prototype-less dictionaries: `Object.create(null)` (or `{ __proto__: null }`) has no prototype,
 * so a user-chosen key such as `__proto__` reads an own property there, never `Object.prototype`.
 * Decided from the file's text: a variable or `this` field counts when every value the file
 * assigns to it is such an object, or an entry read from one.
 */
import { type Node, boundNames, isFunction, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import type { TaintEngine } from './engine.js';

/** One value given to a name, where it was given, and the function (or program) around it. */
interface Assigned {
  value: Node;
  at: number;
  scope: [number, number];
  /** A declaration (`let x`, a parameter): where the name's scope starts. */
  declares: boolean;
}

/** What the file assigns to each variable and `this` field, by program. */
const ASSIGNED = new WeakMap<Node, Map<string, Assigned[]>>();

function assignedValues(program: Node): Map<string, Assigned[]> {
  const cached = ASSIGNED.get(program);
  if (cached) return cached;
  const found = new Map<string, Assigned[]>();
  const scopeOf = (ancestors: readonly Node[], around: (n: Node) => boolean): [number, number] => {
    for (let i = ancestors.length - 1; i >= 0; i--) if (around(ancestors[i]!)) return [ancestors[i]!.start, ancestors[i]!.end];
    return [program.start, program.end];
  };
  const isClass = (n: Node) => n.type === 'ClassDeclaration' || n.type === 'ClassExpression';
  const add = (key: string | undefined, value: Node | null | undefined, at: Node, ancestors: readonly Node[], declares: boolean) => {
    if (!key) return;
    const list = found.get(key) ?? [];
    // (`let x;` declares without a value: only the later assignments count.)
    // A `this` field belongs to its class; a variable to the function that declares it.
    list.push({ value: value ?? NO_VALUE, at: at.start, scope: scopeOf(ancestors, key.startsWith('this.') ? isClass : isFunction), declares: declares || key.startsWith('this.') });
    found.set(key, list);
  };
  const fnVisit = (fn: Node, ancestors: readonly Node[]) => {
    // A parameter holds whatever the caller passes.
    for (const p of fn.params as Node[]) for (const name of boundNames(p)) add(name, p, fn, [...ancestors, fn], true);
  };
  walk(program, [{
    FunctionDeclaration: fnVisit,
    FunctionExpression: fnVisit,
    ArrowFunctionExpression: fnVisit,
    VariableDeclarator(d, ancestors) {
      // (A destructured name gets a part of some other value: unknown.)
      if (d.id.type === 'Identifier') add(d.id.name, d.init, d, ancestors, true);
      else for (const name of boundNames(d.id)) add(name, d.id, d, ancestors, true);
    },
    AssignmentExpression(a, ancestors) {
      const left = unwrap(a.left);
      const key = left.type === 'Identifier' ? left.name : thisField(left);
      // `x ||= …` keeps the old value or adds this one: either way both are the variable's values.
      add(key, a.right, a, ancestors, false);
    },
  }]);
  ASSIGNED.set(program, found);
  return found;
}

/** Stands for "declared without a value" (`let x;`). */
const NO_VALUE = { type: 'Identifier', name: 'undefined', start: 0, end: 0 } as unknown as Node;

/** `this.name` as a key, for a non-computed `this` member. */
function thisField(n: Node): string | undefined {
  return n.type === 'MemberExpression' && !n.computed && unwrap(n.object).type === 'ThisExpression' ? `this.${propertyName(n)}` : undefined;
}

/**
 * The values the file gives the variable read at `node`: those inside the innermost function that
 * declares it (nested functions included); for a `this` field, those inside its class.
 */
function valuesOf(program: Node, node: Node): Node[] | undefined {
  const key = node.type === 'Identifier' ? node.name : thisField(node);
  const all = key ? assignedValues(program).get(key) : undefined;
  if (!all) return undefined;
  let scope: [number, number] | undefined;
  for (const a of all) {
    if (a.declares && a.scope[0] <= node.start && node.end <= a.scope[1] && (!scope || a.scope[1] - a.scope[0] < scope[1] - scope[0])) scope = a.scope;
  }
  if (!scope) return undefined;
  return all.filter((a) => a.at >= scope![0] && a.at <= scope![1] && a.value !== NO_VALUE).map((a) => a.value);
}

/** `Object.create(null)` or an object literal with `__proto__: null`. */
export function createsNullPrototype(n: Node): boolean {
  if (n.type === 'CallExpression' && memberPath(n.callee) === 'Object.create') {
    const arg = n.arguments[0] && unwrap(n.arguments[0]);
    return arg?.type === 'Literal' && arg.value === null;
  }
  if (n.type === 'ObjectExpression') {
    return n.properties.some((p: Node) => p.type === 'Property' && !p.computed && propertyName(p) === '__proto__' && unwrap(p.value).type === 'Literal' && unwrap(p.value).value === null);
  }
  return false;
}

/**
 * Whether `node` is a prototype-less dictionary. An entry read from one (`idx[domain]`) counts only
 * for a variable that the code also fills with a fresh prototype-less object when the entry is
 * missing (`let level = idx[k]; if (!level) { level = Object.create(null); idx[k] = level; }`): the
 * code shows what it stores at that level.
 */
export function nullPrototype(e: TaintEngine, node: Node, depth = 0): boolean {
  const n = unwrap(node);
  if (createsNullPrototype(n)) return true;
  if (depth > 4) return false;
  const values = valuesOf(e.input.program, n);
  if (!values?.length) return false;
  let created = false;
  for (const v of values) {
    const u = unwrap(v);
    if (createsNullPrototype(u)) created = true;
    else if (!(u.type === 'MemberExpression' && u.computed && nullPrototype(e, u.object, depth + 1))) return false;
  }
  return created;
}
