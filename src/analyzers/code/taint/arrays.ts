/**
 * Argument lists built in a variable before a process call: `const args = ['ls-remote'];
 * if (o.tags) args.push('--tags'); args.push(url); execFile('git', args)`. Sinks that judge a list
 * element by element (where `--` stands, which element follows `-c`) read the variable's array
 * literal and every `push`/`unshift` on it, in the order they put elements in the list.
 */
import { type Node, isFunction, propertyName, stringValue, unwrap, walk } from '../frontend/js/ast.js';
import type { Frame } from './frames.js';
import type { TaintEngine } from './engine.js';
import { type Value, isTainted, mask, sanitize } from './values.js';

/** A constant option that takes the next argument as its value (`-m msg`, `--branch name`): that argument is not read as an option. */
export const OPTION_WITH_VALUE = /^(-[a-zA-Z]|--(branch|depth|message|author|format|config|origin|reference|template|shallow-since|jobs|output|file|directory|exclude|include|user|port|identity|level|name|email|title|body|label|tag|target|prefix|separator))$/;

/**
 * The values of a list's elements as they go into the list's own value, those that cannot be read
 * as an option marked safe for argument sinks: the value after a constant option (`'-i', key`) or
 * text with a constant start (`\`User=${u}\``). A helper's list (`return ['-i', key]`) spread into
 * another (`[...common(o), '--', host]`) is judged by these marks, as its elements are no longer
 * seen one by one. (Which one-letter options are flags depends on the program, unknown here.)
 */
export function asListElements(elements: (Node | null)[], values: (Value | undefined)[]): (Value | undefined)[] {
  return values.map((v, i) => {
    const el = elements[i];
    if (!v || !el || el.type === 'SpreadElement' || !isTainted(v)) return v;
    const previous = i > 0 ? elements[i - 1] : undefined;
    const option = previous && previous.type !== 'SpreadElement' ? stringValue(previous) : undefined;
    const shielded = (option !== undefined && OPTION_WITH_VALUE.test(option)) || !!v.prefix;
    return shielded ? sanitize(v, mask('argument')) : v;
  });
}

/** Methods that add elements to the list they are called on. */
export const LIST_ADDERS = /^(push|unshift)$/;

/** A list's elements in order; `maybe` holds those added on only some paths (in a branch or loop), by the call that added them. */
export interface ListElements {
  elements: (Node | null)[];
  maybe: Map<Node, Node>;
  /** The variable was initialised with a call's list, its first element here as a spread of that call: positions are unknown. */
  fromCall?: boolean;
}

const cache = new WeakMap<Node, Map<string, ListElements | null>>();
/** Statements and expressions whose parts run on some paths only. */
const CONDITIONAL = new Set(['IfStatement', 'ConditionalExpression', 'LogicalExpression', 'SwitchCase', 'ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement', 'CatchClause']);

/**
 * The elements a list argument holds, in order: an array literal's own, or, for a local variable
 * declared as an array literal, that literal's elements with every `name.push(…)` after them and
 * `name.unshift(…)` before them (conditional ones included: a maybe-element still is one). Undefined
 * when the list is anything else or the variable is reassigned, spliced or sorted.
 */
export function listElements(e: TaintEngine, arg: Node | undefined, frame: Frame): ListElements | undefined {
  const list = arg && unwrap(arg);
  if (!list) return undefined;
  if (list.type === 'ArrayExpression') return { elements: list.elements, maybe: new Map() };
  if (list.type !== 'Identifier') return undefined;
  const root = frame.fnId !== undefined ? e.fns[frame.fnId]?.node : e.input.program;
  if (!root) return undefined;
  let byName = cache.get(root);
  if (!byName) cache.set(root, (byName = new Map()));
  if (!byName.has(list.name)) {
    // A list the enclosing function built (`const args = […]; args.push(src); return new
    // Promise(() => spawn('hg', args))`): read where it is declared, the closure's own pushes included.
    let found: ListElements | 'absent' | undefined = 'absent';
    for (let at: Node | undefined = root; at && found === 'absent'; at = enclosingFunction(e, at)) found = collect(at, list.name);
    byName.set(list.name, found === 'absent' ? null : found ?? null);
  }
  return byName.get(list.name) ?? undefined;
}

/** The innermost function (or the program) around `fn`. */
function enclosingFunction(e: TaintEngine, fn: Node): Node | undefined {
  if (fn === e.input.program) return undefined;
  let best: Node = e.input.program;
  for (const f of e.fns) {
    const n = f.node;
    if (n !== fn && n.start <= fn.start && n.end >= fn.end && n.end - n.start < best.end - best.start) best = n;
  }
  return best;
}

/** 'absent': `name` is not declared in `root` (look further out). */
function collect(root: Node, name: string): ListElements | 'absent' | undefined {
  let declared: (Node | null)[] | undefined;
  let declarations = 0;
  let unknown = false;
  const maybe = new Map<Node, Node>();
  const front: Node[] = [];
  const back: Node[] = [];
  // A nested function that declares its own `name` is another variable.
  const shadows = (fn: Node) => fn !== root && isFunction(fn) && fn.params.some((p: Node) => p.type === 'Identifier' && p.name === name);
  walk(root, [{
    VariableDeclarator(d, ancestors) {
      if (d.id.type !== 'Identifier' || d.id.name !== name || ancestors.some(shadows)) return;
      declarations++;
      const init = d.init && unwrap(d.init);
      if (init?.type === 'ArrayExpression') declared = init.elements;
      // `const args = commonArgs(o); args.push(host)`: a list from elsewhere comes first, as if spread.
      else if (init?.type === 'CallExpression') declared = [{ type: 'SpreadElement', argument: init, start: init.start, end: init.end } as Node];
      else unknown = true;
    },
    AssignmentExpression(a, ancestors) {
      if (a.left.type === 'Identifier' && a.left.name === name && !ancestors.some(shadows)) unknown = true;
    },
    CallExpression(c, ancestors) {
      const callee = unwrap(c.callee);
      if (callee.type !== 'MemberExpression' || unwrap(callee.object).type !== 'Identifier' || unwrap(callee.object).name !== name || ancestors.some(shadows)) return;
      const method = propertyName(callee) ?? '';
      const inside = ancestors.slice(ancestors.indexOf(root) + 1);
      if (LIST_ADDERS.test(method) && inside.some((a) => CONDITIONAL.has(a.type))) for (const a of c.arguments) maybe.set(a, c);
      if (method === 'push') back.push(...c.arguments);
      else if (method === 'unshift') front.unshift(...c.arguments);
      else if (/^(splice|sort|reverse|fill|copyWithin|pop|shift)$/.test(method)) unknown = true;
    },
  }]);
  if (declarations === 0 && !unknown) return 'absent';
  if (unknown || declarations !== 1 || !declared) return undefined;
  const fromCall = declared.length === 1 && declared[0]?.type === 'SpreadElement' && declared[0].argument.type === 'CallExpression' && declared[0].start === declared[0].argument.start;
  return { elements: [...front, ...declared, ...back], maybe, ...(fromCall ? { fromCall } : {}) };
}
