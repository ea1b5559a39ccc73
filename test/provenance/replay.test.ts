import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blameFile } from '../../src/provenance/blame.js';
import { replayBlame } from '../../src/provenance/replay.js';
import { TempRepo } from './git-fixture.js';

const L = (...names: string[]) => names.map((n) => `line ${n}`).join('\n') + '\n';

test('one-pass history replay gives exactly what git blame gives, line by line', async () => {
  const repo = new TempRepo();
  try {
    repo.write('a.ts', L('1', '2', '3', '4', '5'));
    repo.write('gone.ts', L('x'));
    repo.commit('one');
    repo.write('a.ts', L('0', '1', '2b', '3', '5', '6'));          // insert at top, change, delete, append
    repo.commit('two');
    repo.write('a.ts', L('0', '1', '2b', '3', '3.5', '3.6', '5', '6'));
    repo.write('b.ts', L('b1', 'b2'));
    unlinkSync(join(repo.dir, 'gone.ts'));
    repo.commit('three');
    repo.write('gone.ts', L('back'));                               // re-created after deletion
    repo.write('a.ts', L('1', '2b', '3', '3.5', '3.6', '5', '6', '7'));
    repo.commit('four');
    // Uncommitted edits on top.
    writeFileSync(join(repo.dir, 'b.ts'), L('b0', 'b1', 'b2x'));
    appendFileSync(join(repo.dir, 'a.ts'), 'tail\n');
    const paths = ['a.ts', 'b.ts', 'gone.ts'];
    const replayed = await replayBlame(repo.dir, paths);
    assert.ok(replayed, 'linear history is replayed');
    for (const p of paths) {
      const expected = blameFile(repo.dir, p).lines.map((l) => [l.line, l.commit, l.origLine]);
      assert.deepEqual(replayed.get(p)!.map((l) => [l.line, l.commit, l.origLine]), expected, p);
    }
  } finally {
    repo.remove();
  }
});

test('replay declines a history with merge commits (git blame then follows the branches)', async () => {
  const repo = new TempRepo();
  try {
    repo.write('m.ts', L('1'));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('s.ts', L('s'));
    repo.commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write('m.ts', L('1', '2'));
    repo.commit('main');
    repo.git('merge', '-q', '--no-edit', 'side');
    assert.equal(await replayBlame(repo.dir, ['m.ts', 's.ts']), undefined);
  } finally {
    repo.remove();
  }
});
