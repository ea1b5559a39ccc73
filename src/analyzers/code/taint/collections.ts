/**
 * Keyed collections the code builds itself: `const seen = new Map()`, `{ entities: new Map() }`,
 * `this.cache = new Set()`. What `set(k, v)` / `add(v)` puts in one is what `get(k)` and its
 * iteration give back later (a parser's table of declarations read from the document, looked up
 * when a reference is expanded). Other objects' `set()` (`res.set`, `headers.set`, a cache client)
 * are not collections and keep their own models.
 */
import { type Node, memberPath, propertyName, unwrap, walk } from '../frontend/js/ast.js';
import type { Frame } from './frames.js';
import type { TaintEngine } from './engine.js';
import { type Value, allTaints, union } from './values.js';
import { assignVar } from './statements.js';
import { assignMember } from './expressions.js';

const COLLECTION_CLASS = /^(Map|Set|WeakMap|WeakSet)$/;

/** Names this file binds to a new Map or Set: variables, and properties (`{ entities: new Map() }`, `this.cache = new Map()`). */
const COLLECTION_NAMES = new WeakMap<Node, { vars: Set<string>; props: Set<string> }>();

function collectionNames(program: Node): { vars: Set<string>; props: Set<string> } {
  let out = COLLECTION_NAMES.get(program);
  if (out) return out;
  out = { vars: new Set(), props: new Set() };
  const found = out;
  const isNewCollection = (n: Node | null | undefined) => {
    const x = n && unwrap(n);
    return x?.type === 'NewExpression' && COLLECTION_CLASS.test(memberPath(x.callee) ?? '');
  };
  walk(program, [{
    VariableDeclarator(d) { if (d.id.type === 'Identifier' && isNewCollection(d.init)) found.vars.add(d.id.name); },
    Property(p) { const k = propertyName(p); if (k && isNewCollection(p.value)) found.props.add(k); },
    PropertyDefinition(p) { const k = propertyName(p); if (k && isNewCollection(p.value)) found.props.add(k); },
    AssignmentExpression(a) {
      if (!isNewCollection(a.right)) return;
      const left = unwrap(a.left);
      if (left.type === 'Identifier') found.vars.add(left.name);
      else if (left.type === 'MemberExpression') { const k = propertyName(left); if (k) found.props.add(k); }
    },
  }]);
  COLLECTION_NAMES.set(program, out);
  return out;
}

/**
 * `table.set(key, value)` / `seen.add(value)` on a Map or Set this file made, held in a variable or
 * one field of one (`doctype.entities.set(name, decl)`): the collection now holds the value's data.
 */
export function addToCollection(e: TaintEngine, method: string, receiverNode: Node, receiverValue: Value | undefined, argValues: Value[], frame: Frame): void {
  const added = method === 'set' && argValues.length === 2 ? argValues[1] : method === 'add' && argValues.length === 1 ? argValues[0] : undefined;
  if (!added || !receiverValue || receiverValue.kind || receiverValue.api || receiverValue.ref || receiverValue.cls || receiverValue.fn !== undefined) return;
  const taints = allTaints(added);
  if (!taints.length) return;
  const r = unwrap(receiverNode);
  const names = collectionNames(e.input.program);
  const grown = union(receiverValue, { taints: taints.map((t) => ({ ...t, whole: false })) });
  if (r.type === 'Identifier' && names.vars.has(r.name)) assignVar(e, r.name, grown, frame);
  else if (r.type === 'MemberExpression' && !r.computed && names.props.has(propertyName(r) ?? '') && unwrap(r.object).type === 'Identifier') assignMember(e, r, grown, frame);
}
