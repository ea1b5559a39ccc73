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

/** Every node as its type with its ancestors' types, in visiting order. */
function trace(program: Node): string[] {
  const out: string[] = [];
  const any: Record<string, (n: Node, a: readonly Node[]) => void> = {};
  const seen = new Set<string>();
  // A handler for every type the tree has.
  const collect = (n: Node) => {
    seen.add(n.type);
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) v.forEach((c) => c && typeof c.type === 'string' && collect(c));
      else if (v && typeof v === 'object' && typeof v.type === 'string') collect(v);
    }
  };
  collect(program);
  for (const t of seen) any[t] = (n, a) => out.push(`${a.map((x) => x.type).join('>')}>${n.type}@${n.start}`);
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
