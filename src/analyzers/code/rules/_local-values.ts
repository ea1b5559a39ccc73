/**
 * Helpers for pattern rules that look through one level of indirection inside a file:
 * `const corsOptions = { origin: '*' }; app.use(cors(corsOptions))`.
 */
import { type Node, unwrap, walk } from '../frontend/js/ast.js';

/** Variable name → its initializer, for names declared exactly once in the file. */
export function collectInitializers(program: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const seenTwice = new Set<string>();
  walk(program, [{
    VariableDeclarator(node) {
      if (node.id.type !== 'Identifier' || !node.init) return;
      if (out.has(node.id.name)) seenTwice.add(node.id.name);
      out.set(node.id.name, node.init);
    },
  }]);
  for (const name of seenTwice) out.delete(name);
  return out;
}

/** Follow an identifier to its initializer (one hop at a time, at most a few hops). */
export function resolveLocal(node: Node | undefined, inits: Map<string, Node>): Node | undefined {
  let n = node ? unwrap(node) : undefined;
  for (let hops = 0; n && n.type === 'Identifier' && hops < 4; hops++) {
    const next = inits.get(n.name);
    if (!next) return n;
    n = unwrap(next);
  }
  return n;
}

/** A node covering [start, end) of a larger node, for reporting a position inside a string. */
export function spanNode(start: number, end: number): Node {
  return { type: 'Span', start, end };
}

/** Is this value definitely `false` (literal, `!1`, or a constant)? */
export function isFalseValue(node: Node | undefined, constantValue: (n: Node | undefined) => unknown): boolean {
  if (!node) return false;
  const n = unwrap(node);
  if (n.type === 'UnaryExpression' && n.operator === '!' && n.argument.type === 'Literal') return !!n.argument.value;
  return constantValue(n) === false;
}

export function isTrueValue(node: Node | undefined, constantValue: (n: Node | undefined) => unknown): boolean {
  if (!node) return false;
  const n = unwrap(node);
  if (n.type === 'UnaryExpression' && n.operator === '!' && n.argument.type === 'Literal') return !n.argument.value;
  return constantValue(n) === true;
}

const isLiteral = (x: Node, v: unknown) => unwrap(x).type === 'Literal' && unwrap(x).value === v;
const unset = (x: Node) => isLiteral(x, null) || (unwrap(x).type === 'Identifier' && unwrap(x).name === 'undefined');
/** A value a caller supplies: an option read (`options.x`, `x`), not a constant. */
const supplied = (x: Node) => ['MemberExpression', 'Identifier', 'ChainExpression'].includes(unwrap(x).type) && !unset(x);

/**
 * An option that is true unless its caller says otherwise: `o.x !== false`, `o.x ?? true`,
 * `o.x === undefined ? true : o.x`. Set this way, a flag that turns a check off is off for every
 * caller who did not know to pass `false`.
 */
export function trueByDefault(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'BinaryExpression' && (n.operator === '!==' || n.operator === '!=')) return (isLiteral(n.right, false) && supplied(n.left)) || (isLiteral(n.left, false) && supplied(n.right));
  if (n.type === 'LogicalExpression' && n.operator === '??') return isLiteral(n.right, true) && supplied(n.left);
  if (n.type === 'ConditionalExpression' && unwrap(n.test).type === 'BinaryExpression') {
    const t = unwrap(n.test);
    if (!unset(t.right) && !unset(t.left)) return false;
    if (t.operator === '===' || t.operator === '==') return isLiteral(n.consequent, true);
    if (t.operator === '!==' || t.operator === '!=') return isLiteral(n.alternate, true);
  }
  return false;
}

/**
 * An option that is false unless its caller passes true: `o.x === true`, `!!o.x`, `Boolean(o.x)`,
 * `o.x ?? false`, `o.x || false`. Set this way, a flag that turns a check on is off by default.
 */
export function falseByDefault(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'BinaryExpression' && (n.operator === '===' || n.operator === '==')) return (isLiteral(n.right, true) && supplied(n.left)) || (isLiteral(n.left, true) && supplied(n.right));
  if (n.type === 'UnaryExpression' && n.operator === '!' && unwrap(n.argument).type === 'UnaryExpression' && unwrap(n.argument).operator === '!') return supplied(unwrap(n.argument).argument);
  if (n.type === 'CallExpression' && unwrap(n.callee).type === 'Identifier' && unwrap(n.callee).name === 'Boolean' && n.arguments.length === 1) return supplied(n.arguments[0]);
  if (n.type === 'LogicalExpression' && (n.operator === '??' || n.operator === '||')) return isLiteral(n.right, false) && supplied(n.left);
  return false;
}
