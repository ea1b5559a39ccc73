import type { CodeRule } from '../rule-api.js';
import { type Node, functionName, isFunction, propertyName, unwrap, walk } from '../frontend/js/ast.js';

/** Cheap pre-filter: a file that replaces no `&…;` reference cannot match. */
const FILE_GATE = /\.replace\s*\(/;
/** A regex literal source that matches an entity or character reference (`&name;`, `&#x41;`). */
const ENTITY_REFERENCE = /^\(?&/;
/** Names of the bounds a guarded expander compares against (`maxExpansions`, `MAX_DEPTH`, `limit`). */
const LIMIT_NAME = /max|limit|budget|quota|depth/i;

/** The regex a `.replace()` call is given: a literal, or a module constant holding one. */
function referencePattern(program: Node, arg: Node | undefined): boolean {
  const a = arg && unwrap(arg);
  if (!a) return false;
  if (a.type === 'Literal' && a.regex) return ENTITY_REFERENCE.test(a.regex.pattern);
  if (a.type !== 'Identifier') return false;
  for (const stmt of program.body as Node[]) {
    if (stmt.type !== 'VariableDeclaration') continue;
    for (const d of stmt.declarations) {
      const init = d.init && unwrap(d.init);
      if (d.id.type === 'Identifier' && d.id.name === a.name && init?.type === 'Literal' && init.regex) return ENTITY_REFERENCE.test(init.regex.pattern);
    }
  }
  return false;
}

/** The function compares something with a bound (`count > maxExpansions`, `depth >= MAX_DEPTH`). */
function hasLimitCheck(fn: Node): boolean {
  let found = false;
  walk(fn.body, [{
    BinaryExpression(b) {
      if (found || !/^[<>]=?$/.test(b.operator)) return;
      for (const side of [b.left, b.right]) {
        const s = unwrap(side);
        const name = s.type === 'Identifier' ? s.name : s.type === 'MemberExpression' ? propertyName(s) : undefined;
        if (name && LIMIT_NAME.test(name)) found = true;
      }
    },
  }]);
  return found;
}

export const xmlEntityExpansion: CodeRule = {
  meta: {
    id: 'js/xml-entity-expansion',
    title: 'Entity references expanded recursively without a limit',
    analyzer: 'code',
    severity: 'medium',
    confidence: 'medium',
    cwe: [776],
    owasp: 'A05:2021-Security Misconfiguration',
    tags: ['xml', 'dos'],
    description: "A hand-written XML (or template) parser replaces `&name;` references with the entities the document declares and expands each replacement again by calling itself, with no count of expansions and no bound on the output. Ten nested entities of ten references each (\"billion laughs\") turn a 1 KB document into 10⁹ copies: the process runs out of CPU and memory. Rejecting cycles does not help: the nesting is acyclic.",
    fix: 'Count expansions and the length of the replacement text per document and throw past a bound (`if (++state.expansions > maxExpansions || (state.length += value.length) > maxLength) throw …`), or do not expand entities declared by the document at all.',
    examples: {
      bad: "function expand(text, entities) {\n  return text.replace(/&(\\w+);/g, (whole, name) => (entities.has(name) ? expand(entities.get(name), entities) : whole));\n}",
      good: "function expand(text, entities, state = { count: 0 }) {\n  return text.replace(/&(\\w+);/g, (whole, name) => {\n    if (!entities.has(name)) return whole;\n    if (++state.count > MAX_EXPANSIONS) throw new Error('entity expansion limit exceeded');\n    return expand(entities.get(name), entities, state);\n  });\n}",
    },
  },
  pattern: {
    create: (ctx) => {
      if (!FILE_GATE.test(ctx.text) || !ctx.text.includes('&')) return {};
      return {
        CallExpression(node, ancestors) {
          // `text.replace(/&(\w+);/g, (whole, ref) => …)`
          const callee = unwrap(node.callee);
          if (callee.type !== 'MemberExpression' || propertyName(callee) !== 'replace' || !referencePattern(ctx.program, node.arguments[0])) return;
          const cb = node.arguments[1] && unwrap(node.arguments[1]);
          if (!cb || !isFunction(cb)) return;
          // The named function around the call, which the callback calls again on a replacement.
          let outer: Node | undefined;
          let name: string | undefined;
          for (let i = ancestors.length - 1; i >= 0 && !outer; i--) {
            if (!isFunction(ancestors[i])) continue;
            name = functionName(ancestors[i]!, ancestors[i - 1]);
            if (name) outer = ancestors[i];
          }
          if (!outer || !name || hasLimitCheck(outer)) return;
          walk(cb.body, [{
            CallExpression(inner) {
              const c = unwrap(inner.callee);
              const called = c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' && unwrap(c.object).type === 'ThisExpression' ? propertyName(c) : undefined;
              if (called !== name) return;
              ctx.report(inner, `${name}() expands the entities a replacement refers to by calling itself, with no count of expansions or bound on the output: nested entities ("billion laughs") grow a small document exponentially`);
            },
          }]);
        },
      };
    },
  },
};
