/**
 * TypeScript's CommonJS output calls an imported function as `(0, mod_1.fn)(…)` (and tags a template
 * as `(0, mod_1.tag)\`…\``) so that `this` is not the module object. The call is `mod_1.fn(…)` in
 * every other respect: rules and the taint engine should see that callee, so the first walk of a
 * file rewrites it in place (before the walk reads the node's children, so its record of the tree
 * has the rewritten callee).
 */
import { type Node, type Visitor, unwrap } from './ast.js';

/** The rewrite, for a file whose text has `(0,` (tsc's output); other files never need it. */
export function indirectCallsVisitor(): Visitor {
  return {
    CallExpression(node) {
      const callee = direct(node.callee);
      if (callee) node.callee = callee;
    },
    TaggedTemplateExpression(node) {
      const tag = direct(node.tag);
      if (tag) node.tag = tag;
    },
  };
}

/** `(0, x.y)` → `x.y`; undefined for anything else. */
function direct(callee: Node): Node | undefined {
  const c = unwrap(callee);
  if (c.type !== 'SequenceExpression' || c.expressions.length !== 2) return undefined;
  const [first, second] = c.expressions as Node[];
  return first!.type === 'Literal' && typeof first!.value === 'number' ? second : undefined;
}
