import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkCodeFacts, newLinkState } from '../../src/analyzers/code/link.js';
import { type CodeFacts, type FunctionSummary, METHOD_SPEC, REQUEST_FIELD_KEY, emptySummary } from '../../src/analyzers/code/taint/summaries.js';
import type { Taint } from '../../src/analyzers/code/taint/values.js';

// A link round after the first keeps the input of every file whose facts, and the facts of every
// file its input was built from, stayed the same. Each case: round 1, then one file's facts change
// (as a re-analysis replaces them); the carried state must give what a fresh link step gives, and
// the change must reach the importer through the path the case names.

const facts = (f: Partial<CodeFacts>): CodeFacts => ({ imports: [], moduleRequests: [], exports: {}, reexports: [], ...f });
const passThrough = (name: string): FunctionSummary => ({ ...emptySummary(name), returns: [{ param: 0, path: [], sanitized: 0, steps: [] }] });
const userData: Taint = { source: { kind: 'http', label: 'req.headers' } as unknown as Taint['source'], path: [], sanitized: 0, whole: true, steps: [] };

/** Round 1 on `before`, round 2 on `before` with `changes` (new fact objects), in one state; and round 2 in a fresh state. */
function rounds(before: Record<string, CodeFacts>, changes: Record<string, CodeFacts>) {
  const map = new Map(Object.entries(before));
  const state = newLinkState(map.keys());
  const first = linkCodeFacts(map, state);
  for (const [path, f] of Object.entries(changes)) map.set(path, f);
  const carried = linkCodeFacts(map, state);
  const fresh = linkCodeFacts(map, newLinkState(map.keys()));
  return { first, carried, fresh };
}

const importer = facts({ moduleRequests: ['./b'], importCalls: { './b#run': true } });

test('a summary that changes behind a re-export reaches the importer in the next round', () => {
  const { first, carried, fresh } = rounds(
    { 'a.js': importer, 'b.js': facts({ reexports: [{ spec: './c' }] }), 'c.js': facts({ exports: { run: emptySummary('run') } }) },
    { 'c.js': facts({ exports: { run: passThrough('run') } }) },
  );
  assert.equal(first.get('a.js')?.['./b#run'], undefined);
  assert.deepEqual(carried.get('a.js')?.['./b#run'], passThrough('run'));
  assert.deepEqual(carried, fresh);
});

test('the same through an export table whose walk cuts an import cycle short', () => {
  const { first, carried, fresh } = rounds(
    {
      'a.js': importer,
      'b.js': facts({ reexports: [{ spec: './c' }] }),
      'c.js': facts({ reexports: [{ spec: './b' }], exports: { run: emptySummary('run') } }),
    },
    { 'c.js': facts({ reexports: [{ spec: './b' }], exports: { run: passThrough('run') } }) },
  );
  assert.equal(first.get('a.js')?.['./b#run'], undefined);
  assert.deepEqual(carried.get('a.js')?.['./b#run'], passThrough('run'));
  assert.deepEqual(carried, fresh);
});

test('a class method called on an object of unknown type, and a request field another file fills, follow their files', () => {
  const methodKey = `${METHOD_SPEC}#find`;
  const reader = facts({ importCalls: { [methodKey]: true }, requestFieldReads: ['tenant'] });
  const { first, carried, fresh } = rounds(
    { 'a.js': reader, 'svc.js': facts({ exports: { 'UserService.find': emptySummary('find') } }), 'mw.js': facts({}) },
    { 'svc.js': facts({ exports: { 'UserService.find': passThrough('find') } }), 'mw.js': facts({ requestFields: { tenant: [userData] } }) },
  );
  assert.equal(first.get('a.js'), undefined);
  assert.deepEqual(carried.get('a.js')?.[methodKey], passThrough('find'));
  assert.deepEqual(carried.get('a.js')?.[`${REQUEST_FIELD_KEY}tenant`]?.returnsSources, [userData]);
  assert.deepEqual(carried, fresh);
});

test('a file whose imports did not change keeps its input object for object (no recomputation)', () => {
  const map = new Map(Object.entries({
    'a.js': importer,
    'b.js': facts({ exports: { run: passThrough('run') } }),
    'x.js': facts({ moduleRequests: ['./y'], importCalls: { './y#go': true } }),
    'y.js': facts({ exports: { go: emptySummary('go') } }),
  }));
  const state = newLinkState(map.keys());
  linkCodeFacts(map, state);
  const kept = state.lastRound!.inputs.get('a.js');
  map.set('y.js', facts({ exports: { go: passThrough('go') } }));
  const second = linkCodeFacts(map, state);
  assert.ok(kept);
  assert.equal(state.lastRound!.inputs.get('a.js'), kept);
  assert.deepEqual(second.get('x.js')?.['./y#go'], passThrough('go'));
});

test('a table reused from the round before still ties its importers to the files it was built from', () => {
  // Round 2 recomputes a (its other import changed) while b's table comes from round 1; round 3
  // changes the file b re-exports.
  const map = new Map(Object.entries({
    'a.js': facts({ moduleRequests: ['./b', './e'], importCalls: { './b#run': true, './e#go': true } }),
    'b.js': facts({ reexports: [{ spec: './c' }] }),
    'c.js': facts({ exports: { run: emptySummary('run') } }),
    'e.js': facts({ exports: { go: emptySummary('go') } }),
  }));
  const state = newLinkState(map.keys());
  linkCodeFacts(map, state);
  map.set('e.js', facts({ exports: { go: passThrough('go') } }));
  linkCodeFacts(map, state);
  map.set('c.js', facts({ exports: { run: passThrough('run') } }));
  const third = linkCodeFacts(map, state);
  assert.deepEqual(third.get('a.js')?.['./b#run'], passThrough('run'));
  assert.deepEqual(third, linkCodeFacts(map, newLinkState(map.keys())));
});
