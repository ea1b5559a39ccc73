/**
 * Where a local name got its value, for pattern rules that must look one step behind an identifier
 * (`jwt.sign(p, SECRET)` with `const SECRET = 'x'` elsewhere in the file). File-wide by name, like
 * `ctx.constantValue`: a name declared or assigned more than once has no single definition.
 */
import { type Node, isFunction, propertyName, unwrap, walk } from './ast.js';

export interface Definition {
  /** The declarator (`const X = …`) or assignment (`X = …`) that gives the name its value. */
  site: Node;
  value: Node;
  /** `const { role } = value` / `const { r: role } = value`: the name holds `value.role`. */
  property?: string;
}

interface Candidate {
  /** The function (or program) the name belongs to: lexical scope approximated by functions. */
  scope: Node;
  site: Node;
  /** Undefined for parameters and declarations without a value: the name's value is unknown. */
  value: Node | undefined;
  property?: string;
}

const cache = new WeakMap<Node, Map<string, Candidate[]>>();
const MAX_DEFINITIONS = 64;

function index(program: Node): Map<string, Candidate[]> {
  const hit = cache.get(program);
  if (hit) return hit;
  const byName = new Map<string, Candidate[]>();
  const scopeOf = (ancestors: readonly Node[]) => {
    for (let i = ancestors.length - 1; i >= 0; i--) if (isFunction(ancestors[i])) return ancestors[i]!;
    return program;
  };
  const add = (name: string, c: Candidate) => {
    const list = byName.get(name) ?? [];
    list.push(c);
    byName.set(name, list);
  };
  walk(program, [{
    VariableDeclarator(node, ancestors) {
      if (node.id.type === 'Identifier') add(node.id.name, { scope: scopeOf(ancestors), site: node, value: node.init ?? undefined });
      else if (node.id.type === 'ObjectPattern') {
        for (const p of node.id.properties as Node[]) {
          const local = p.type === 'Property' ? (p.value.type === 'AssignmentPattern' ? p.value.left : p.value) : p.argument;
          if (local?.type !== 'Identifier') continue;
          const key = p.type === 'Property' ? propertyName(p) : undefined;
          add(local.name, { scope: scopeOf(ancestors), site: node, value: key ? node.init ?? undefined : undefined, ...(key ? { property: key } : {}) });
        }
      }
    },
    AssignmentExpression(node, ancestors) {
      if (node.left.type === 'Identifier') add(node.left.name, { scope: scopeOf(ancestors), site: node, value: node.operator === '=' ? node.right : undefined });
    },
    FunctionDeclaration: params,
    FunctionExpression: params,
    ArrowFunctionExpression: params,
  }]);
  function params(fn: Node) {
    for (const p of fn.params as Node[]) {
      const id = p.type === 'AssignmentPattern' ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p;
      if (id?.type === 'Identifier') add(id.name, { scope: fn, site: id, value: undefined });
    }
  }
  cache.set(program, byName);
  return byName;
}

/**
 * The single definition of a name as seen from `at` (a use site): the definitions in the innermost
 * function containing the use (or the program), when there is exactly one and it has a value.
 * Without `at`, only a name defined once in the whole file resolves.
 */
export function definitionOf(program: Node, name: string, at?: Node): Definition | undefined {
  const all = index(program).get(name);
  // A name defined hundreds of times (minified bundles) has no single meaning; also keeps lookups O(1)-ish.
  if (!all || all.length > MAX_DEFINITIONS) return undefined;
  let visible = all;
  if (at) {
    const containing = all.filter((c) => c.scope.start <= at.start && at.end <= c.scope.end);
    const innermost = containing.reduce<Node | undefined>((best, c) => (!best || c.scope.start >= best.start ? c.scope : best), undefined);
    visible = containing.filter((c) => c.scope === innermost);
  }
  const only = visible.length === 1 ? visible[0]! : undefined;
  if (!only?.value) return undefined;
  return { site: only.site, value: only.value, ...(only.property ? { property: only.property } : {}) };
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
    const def = definitionOf(program, obj.name, obj);
    literal = def && !def.property ? unwrap(def.value) : undefined;
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
    const def = definitionOf(program, n.name, n);
    if (def?.property) {
      // const { secret } = { secret: 'x' } — follow into an object literal, else stop here.
      const obj = unwrap(resolveValue(program, def.value, depth + 1).value);
      const prop = obj.type === 'ObjectExpression' ? obj.properties.find((p: Node) => p.type === 'Property' && !p.computed && propertyName(p) === def.property) : undefined;
      if (prop) {
        const inner = resolveValue(program, prop.value, depth + 1);
        return { value: inner.value, site: inner.site ?? prop };
      }
    } else if (def) {
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
