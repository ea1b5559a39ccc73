/**
 * The AST walk replays its first visit of a file's tree (frontend/js/ast.ts): later walks must
 * see the same nodes in the same order with the same ancestors as a first walk does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Node, walk } from '../../src/analyzers/code/frontend/js/ast.js';
import { parseJs } from '../../src/analyzers/code/frontend/js/parse.js';

const SOURCE = [
  "import { exec } from 'child_process';",
  'export function run(req, res) {',
  '  const cmd = `ls ${req.query.dir}`;',
  '  if (cmd) { exec(cmd, (err, out) => res.send(out)); } else { for (const x of [1, 2]) res.write(String(x)); }',
  '  return class A { m() { return new A(); } };',
  '}',
].join('\n');

/** Every node type in the tree below `root` (read field by field, not by the walk under test). */
function typesIn(root: Node): string[] {
  const seen = new Set<string>();
  const collect = (n: Node) => {
    seen.add(n.type);
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) v.forEach((c) => c && typeof c.type === 'string' && collect(c));
      else if (v && typeof v === 'object' && typeof v.type === 'string') collect(v);
    }
  };
  collect(root);
  return [...seen];
}

/** Every node as its type with its ancestors' types, in visiting order. */
function trace(program: Node): string[] {
  const out: string[] = [];
  const any: Record<string, (n: Node, a: readonly Node[]) => void> = {};
  // A handler for every type the tree has.
  for (const t of typesIn(program)) any[t] = (n, a) => out.push(`${a.map((x) => x.type).join('>')}>${n.type}@${n.start}`);
  walk(program, [any]);
  return out;
}

test('walk: a replayed walk visits the nodes a first walk visits, with the same ancestors', () => {
  const fresh = parseJs('t.js', SOURCE).program;
  const first = trace(fresh);
  const replayed = trace(fresh);
  assert.ok(first.length > 50);
  assert.deepEqual(replayed, first);
  // Handlers only for some types: ancestors are still whole chains.
  const calls: string[] = [];
  walk(fresh, [{ CallExpression: (n, a) => calls.push(`${a.length}:${a.map((x) => x.type).join('>')}`) }]);
  assert.deepEqual(calls, first.filter((l) => /CallExpression@\d+$/.test(l)).map((l) => {
    const chain = l.replace(/>CallExpression@\d+$/, '');
    return `${chain.split('>').length}:${chain}`;
  }));
  // A few types (the replay merges their index lists): the same visits in the same order.
  const few = /^(CallExpression|ReturnStatement|TemplateLiteral|NewExpression)$/;
  const some: string[] = [];
  const handler = (n: Node, a: readonly Node[]) => some.push(`${a.map((x) => x.type).join('>')}>${n.type}@${n.start}`);
  walk(fresh, [{ CallExpression: handler, ReturnStatement: handler }, { TemplateLiteral: handler, NewExpression: handler }]);
  assert.deepEqual(some, first.filter((l) => few.test(l.replace(/@\d+$/, '').split('>').pop()!)));
  assert.ok(some.length >= 8);
  // No handler for any type the tree has: nothing is visited.
  walk(fresh, [{ WithStatement: () => assert.fail('no with statement in the source') }]);
});

test('walk: a walk from a large node of the last walked program replays its part of the record', () => {
  // A function of a few kB (subtrees that large are replayed), with nested functions and a template
  // literal (its expressions are visited after its quasis, out of start order).
  const body = Array.from({ length: 80 }, (_, i) => `  const v${i} = \`a\${req.query.p${i}}b\${(() => v${i})()}\`; if (v${i}) { exec(v${i}, (e) => res.send(e)); }`).join('\n');
  const source = `function outer(req, res) {\n  function inner(req, res) {\n${body}\n  }\n  return inner;\n}\n`;
  const visits = (root: Node, types: string[]): string[] => {
    const out: string[] = [];
    const handler = (n: Node, a: readonly Node[]) => out.push(`${a.map((x) => `${x.type}@${x.start}`).join('>')}>${n.type}@${n.start}`);
    walk(root, [Object.fromEntries(types.map((t) => [t, handler]))]);
    return out;
  };
  const innerOf = (program: Node): Node => program.body[0].body.body[0];
  const recorded = parseJs('a.js', source).program;
  walk(recorded, [{}]); // records the tree
  // The same source parsed again and never walked as a whole: its subtree is walked node by node.
  const direct = innerOf(parseJs('b.js', source).program);
  const inner = innerOf(recorded);
  assert.ok(inner.end - inner.start > 4096);
  const all = typesIn(inner);
  const expected = visits(direct, all);
  assert.ok(expected.length > 1000);
  assert.deepEqual(visits(inner, all), expected);
  // Few types (merged index lists, restricted to the subtree), and a nested function as the root.
  assert.deepEqual(visits(inner, ['CallExpression', 'TemplateLiteral']), visits(direct, ['CallExpression', 'TemplateLiteral']));
  assert.deepEqual(visits(recorded.body[0], ['ArrowFunctionExpression']), visits(parseJs('c.js', source).program.body[0], ['ArrowFunctionExpression']));
});
