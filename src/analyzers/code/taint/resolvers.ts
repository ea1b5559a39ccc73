/**
 * GraphQL resolver maps, found by shape: an object with a `Query`, `Mutation` or `Subscription` key
 * whose value is an object of field resolvers (inline, or a `const Mutation = { … }` of the same
 * file). Their second parameter holds the client's arguments (Apollo, graphql-yoga, Mercurius…).
 */
import { type Node, isFunction, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import { GRAPHQL_ROOT_TYPES } from '../models/sources.js';

export function collectResolvers(program: Node, out: Set<Node>): void {
  const objects = new Map<string, Node>();
  const roots: Node[] = [];
  walk(program, [{
    VariableDeclarator(d) {
      if (d.id.type === 'Identifier' && d.init && unwrap(d.init).type === 'ObjectExpression') objects.set(d.id.name, unwrap(d.init));
    },
    ObjectExpression(o) {
      for (const p of o.properties as Node[]) {
        if (p.type === 'Property' && GRAPHQL_ROOT_TYPES.test(propertyName(p) ?? '')) roots.push(unwrap(p.value));
      }
    },
  }]);
  for (const root of roots) {
    const map = root.type === 'Identifier' ? objects.get(root.name) : root;
    if (map?.type !== 'ObjectExpression') continue;
    for (const p of map.properties as Node[]) {
      if (p.type !== 'Property') continue;
      const v = unwrap(p.value);
      if (isFunction(v)) out.add(v);
      // `{ resolve(parent, args) {…}, subscribe(…) }` field configs.
      else if (v.type === 'ObjectExpression') {
        for (const q of v.properties as Node[]) if (q.type === 'Property' && /^(resolve|subscribe)$/.test(propertyName(q) ?? '') && isFunction(unwrap(q.value))) out.add(unwrap(q.value));
      }
    }
  }
}
