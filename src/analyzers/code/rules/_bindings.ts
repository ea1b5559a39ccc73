/**
 * Where a local name got its value, for pattern rules that must look one step behind an identifier
 * (`jwt.sign(p, SECRET)` with `const SECRET = 'x'` elsewhere in the file). File-wide by name, like
 * `ctx.constantValue`: a name declared or assigned more than once has no single definition.
 */
import { type Node, propertyName, unwrap, walk } from '../frontend/js/ast.js';

export interface Definition {
  /** The declarator (`const X = …`) or assignment (`X = …`) that gives the name its value. */
  site: Node;
  value: Node;
}

interface BindingIndex {
  definitions: Map<string, Definition>;
  ambiguous: Set<string>;
}

const cache = new WeakMap<Node, BindingIndex>();

function index(program: Node): BindingIndex {
  const hit = cache.get(program);
  if (hit) return hit;
  const definitions = new Map<string, Definition>();
  const ambiguous = new Set<string>();
  const define = (name: string, site: Node, value: Node | undefined) => {
    if (definitions.has(name) || ambiguous.has(name) || !value) {
      definitions.delete(name);
      ambiguous.add(name);
      return;
    }
    definitions.set(name, { site, value });
  };
  walk(program, [{
    VariableDeclarator(node) {
      if (node.id.type === 'Identifier') define(node.id.name, node, node.init ?? undefined);
    },
    AssignmentExpression(node) {
      if (node.left.type === 'Identifier') define(node.left.name, node, node.right);
    },
  }]);
  const built = { definitions, ambiguous };
  cache.set(program, built);
  return built;
}

/** The single definition of a file-level or local name, if it has exactly one. */
export function definitionOf(program: Node, name: string): Definition | undefined {
  return index(program).definitions.get(name);
}

/** `obj.prop` where `obj` is defined once as an object literal with a plain `prop:` entry. */
export function objectMemberDefinition(program: Node, member: Node): { property: Node; value: Node } | undefined {
  const m = unwrap(member);
  if (m.type !== 'MemberExpression') return undefined;
  const prop = propertyName(m);
  if (prop === undefined) return undefined;
  const obj = unwrap(m.object);
  let literal: Node | undefined;
  if (obj.type === 'Identifier') {
    const def = definitionOf(program, obj.name);
    literal = def && unwrap(def.value);
  } else if (obj.type === 'MemberExpression') {
    literal = objectMemberDefinition(program, obj)?.value;
    literal = literal && unwrap(literal);
  }
  if (!literal || literal.type !== 'ObjectExpression') return undefined;
  for (const p of literal.properties) {
    if (p.type === 'Property' && !p.computed && propertyName(p) === prop) return { property: p, value: p.value };
  }
  return undefined;
}

/** Resolve an expression one definition at a time: identifiers and `config.x` members to their values. */
export function resolveValue(program: Node, node: Node, depth = 0): { value: Node; site?: Node } {
  const n = unwrap(node);
  if (depth > 4) return { value: n };
  if (n.type === 'Identifier') {
    const def = definitionOf(program, n.name);
    if (def) {
      const inner = resolveValue(program, def.value, depth + 1);
      return { value: inner.value, site: inner.site ?? def.site };
    }
  } else if (n.type === 'MemberExpression') {
    const def = objectMemberDefinition(program, n);
    if (def) {
      const inner = resolveValue(program, def.value, depth + 1);
      return { value: inner.value, site: inner.site ?? def.property };
    }
  }
  return { value: n };
}

/** The object literal an options argument stands for (inline, or a `const opts = {…}`), if known. */
export function objectLiteralOf(program: Node, node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  const v = resolveValue(program, node).value;
  return v.type === 'ObjectExpression' ? v : undefined;
}
