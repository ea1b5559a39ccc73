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
