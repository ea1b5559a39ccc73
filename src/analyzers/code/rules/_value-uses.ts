/**
 * Local value flow for pattern rules that judge how a value is used (`jwt.decode(t)` reaching an
 * auth decision): from an expression, every place its value is read in this file — through
 * `const`/`let` and plain assignments, destructuring, field reads, `await`/`??`/`||`/ternaries and
 * TypeScript casts, and through `return` to the calls of the returning function. Not the taint
 * engine (no sanitisers, no callbacks): a cheap forward walk over one file, bounded.
 */
import { type Node, WRAPPER_TYPES, boundNames, functionName, isFunction, propertyName, unwrap, walk } from '../frontend/js/ast.js';

export interface ValueUse {
  node: Node;
  /** Ancestors of `node`, nearest last (the Program first), as a visitor receives them. */
  ancestors: readonly Node[];
}

const MAX_USES = 200;
/** Returns followed to callers at most this many calls deep. */
const MAX_RETURN_HOPS = 2;

/** Does `parent` pass `child`'s value on unchanged (or a part of it)? */
function carries(parent: Node, child: Node): boolean {
  if (WRAPPER_TYPES.has(parent.type) || parent.type === 'AwaitExpression') return true;
  if (parent.type === 'LogicalExpression') return parent.operator !== '&&' || parent.right === child;
  if (parent.type === 'ConditionalExpression') return parent.test !== child;
  // A field of the value is part of it (`decoded.sub`, `claims['role']`).
  if (parent.type === 'MemberExpression') return parent.object === child;
  return false;
}

/** The function (or the program) whose body declares what sits at `ancestors[i]`. */
function scopeIndex(ancestors: readonly Node[], i: number): number {
  for (let k = i; k >= 0; k--) if (isFunction(ancestors[k]) || ancestors[k]!.type === 'Program') return k;
  return 0;
}

/** Is this identifier a read of a variable (not a declaration, a key or a property name)? */
function isRead(id: Node, parent: Node | undefined): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression') return parent.object === id || parent.computed;
  if (parent.type === 'Property') return parent.value === id && !(parent.shorthand && parent.key === id && parent.value !== id);
  if (parent.type === 'VariableDeclarator') return parent.init === id;
  if (parent.type === 'AssignmentExpression') return parent.right === id;
  if (isFunction(parent)) return parent.body === id;
  if (/^(MethodDefinition|PropertyDefinition|LabeledStatement|BreakStatement|ContinueStatement|ImportSpecifier|ImportDefaultSpecifier|ExportSpecifier)$/.test(parent.type)) return false;
  return true;
}

/**
 * Every read of the value of `start` in this file (including `start` itself). `skip(use)` stops
 * following a use (e.g. `decoded.header`, which is not the claims).
 */
export function valueUses(program: Node, start: Node, startAncestors: readonly Node[], skip?: (use: ValueUse) => boolean): ValueUse[] {
  const out: ValueUse[] = [];
  const queue: { use: ValueUse; hops: number }[] = [{ use: { node: start, ancestors: startAncestors }, hops: 0 }];
  const followed = new Set<string>();
  const seen = new Set<Node>();
  let callsByName: Map<string, ValueUse[]> | undefined;
  const callsOf = (name: string): ValueUse[] => {
    if (!callsByName) {
      const byName = new Map<string, ValueUse[]>();
      walk(program, [{
        CallExpression(call, ancestors) {
          const callee = unwrap(call.callee);
          const n = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && unwrap(callee.object).type === 'ThisExpression' ? propertyName(callee) : undefined;
          if (!n) return;
          const list = byName.get(n) ?? [];
          list.push({ node: call, ancestors: [...ancestors] });
          byName.set(n, list);
        },
      }]);
      callsByName = byName;
    }
    return callsByName.get(name) ?? [];
  };
  /** Reads of `names` in the scope at ancestors[si] (shadowing is ignored: a rare imprecision). */
  const follow = (names: string[], ancestors: readonly Node[], si: number, hops: number) => {
    const scope = ancestors[si]!;
    const fresh = names.filter((n) => !followed.has(`${scope.start}:${n}`));
    if (fresh.length === 0) return;
    for (const n of fresh) followed.add(`${scope.start}:${n}`);
    const prefix = ancestors.slice(0, si);
    const wanted = new Set(fresh);
    walk(scope, [{
      Identifier(id, rel) {
        if (!wanted.has(id.name) || !isRead(id, rel[rel.length - 1])) return;
        queue.push({ use: { node: id, ancestors: [...prefix, ...rel] }, hops });
      },
    }]);
  };
  while (queue.length && out.length < MAX_USES) {
    const { use, hops } = queue.shift()!;
    if (seen.has(use.node)) continue;
    seen.add(use.node);
    if (skip?.(use)) continue;
    out.push(use);
    const anc = use.ancestors;
    let child = use.node;
    let i = anc.length - 1;
    while (i >= 0 && carries(anc[i]!, child)) {
      child = anc[i]!;
      i--;
    }
    if (i < 0) continue;
    const parent = anc[i]!;
    if (parent.type === 'VariableDeclarator' && parent.init === child) {
      follow(boundNames(parent.id), anc, scopeIndex(anc, i), hops);
    } else if (parent.type === 'AssignmentExpression' && parent.right === child && parent.operator === '=' && (parent.left.type === 'Identifier' || parent.left.type === 'ObjectPattern' || parent.left.type === 'ArrayPattern')) {
      const names = boundNames(parent.left);
      // Follow the name in the scope that declares it (the nearest enclosing function is close enough).
      follow(names, anc, scopeIndex(anc, i), hops);
    } else if ((parent.type === 'ReturnStatement' || (isFunction(parent) && parent.body === child)) && hops < MAX_RETURN_HOPS) {
      const fi = isFunction(parent) ? i : (() => { for (let k = i; k >= 0; k--) if (isFunction(anc[k])) return k; return -1; })();
      if (fi < 0) continue;
      const name = functionName(anc[fi]!, anc[fi - 1]) ?? (anc[fi - 1]?.type === 'MethodDefinition' ? propertyName(anc[fi - 1]!) : undefined);
      const simple = name?.split('.').pop();
      if (simple) for (const call of callsOf(simple)) queue.push({ use: call, hops: hops + 1 });
    }
  }
  return out;
}
