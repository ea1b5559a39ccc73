/** Abstract values with cyclic field maps (linked lists: `node.next = node`) stay finite. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allTaints, isTainted, union, type Value } from '../../src/analyzers/code/taint/values.js';

test('union and isTainted terminate on cyclic field maps and keep the taints they can see', () => {
  const taint = { path: [], sanitized: 0, whole: false, steps: [], param: 0 };
  const a: Value = { taints: [], fields: new Map() };
  const b: Value = { taints: [], fields: new Map() };
  a.fields!.set('next', b);
  b.fields!.set('prev', a);
  a.fields!.set('value', { taints: [taint] });
  b.fields!.set('next', b);
  assert.equal(isTainted(b), true);
  const u = union(a, b, a);
  assert.equal(isTainted(u), true);
  assert.ok(allTaints(u).length >= 1);
  const clean: Value = { taints: [], fields: new Map() };
  clean.fields!.set('self', clean);
  assert.equal(isTainted(clean), false);
  assert.equal(isTainted(union(clean, clean)), false);
});
