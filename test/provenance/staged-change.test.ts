/**
 * The staged change read in one git process (`git diff --cached --raw -z -p -U0`): every staged
 * path exactly as git names it (spaces, quotes, non-ASCII, renames, binary files, deletions left
 * out) and the changed lines of each, against a real repository.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { changedLines, stagedChange } from '../../src/provenance/diff.js';
import { readStagedBlobs } from '../../src/pipeline/git.js';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { TempRepo } from './git-fixture.js';

const sorted = (m: Map<string, Set<number>>): [string, number[]][] => [...m].map(([k, v]): [string, number[]] => [k, [...v].sort((a, b) => a - b)]).sort((a, b) => a[0].localeCompare(b[0]));

test('stagedChange: paths and changed lines of the index in one call, whatever the names', () => {
  const r = new TempRepo();
  r.write('a b.js', 'one\ntwo\nthree\n');
  r.write('q"uote.js', 'x\n');
  r.write('naïve.js', 'n\n');
  r.write('old-name.js', 'keep\nthis\n');
  r.write('gone.js', 'bye\n');
  r.write('img.bin', 'AAAA');
  r.commit('base');
  r.write('a b.js', 'one\nTWO\nthree\nfour\n');
  r.write('q"uote.js', 'x\ny\n');
  r.write('naïve.js', 'n\nm\n');
  r.write('new.js', 'fresh\n');
  r.git('mv', 'old-name.js', 'new-name.js');
  r.git('rm', '-q', 'gone.js');
  writeFileSync(join(r.dir, 'img.bin'), Buffer.from([0, 1, 2, 3, 0]));
  r.write('unstaged.js', 'not added\n');
  r.git('add', 'a b.js', 'q"uote.js', 'naïve.js', 'new.js', 'img.bin');
  const change = stagedChange(r.dir);
  assert.deepEqual([...change.paths].sort(), ['a b.js', 'img.bin', 'naïve.js', 'new-name.js', 'new.js', 'q"uote.js']);
  assert.deepEqual(sorted(change.lines), [['a b.js', [2, 4]], ['naïve.js', [2]], ['new.js', [1]], ['q"uote.js', [2]]]);
  // The same lines as before, through the general entry point.
  assert.deepEqual(sorted(changedLines(r.dir, { staged: true })), sorted(change.lines));
});

test('staged contents: a whole staged file is read from disk, a partly staged one from the index', (t) => {
  const r = new TempRepo();
  t.after(() => r.remove());
  r.write('whole.js', 'one\n');
  r.write('partly.js', 'one\n');
  r.commit('base');
  r.write('whole.js', 'one\ntwo\n');
  r.write('partly.js', 'one\nstaged\n');
  r.write('crlf.js', 'a\r\nb\r\n');
  r.git('-c', 'core.autocrlf=true', 'add', 'whole.js', 'partly.js', 'crlf.js');
  // Edited again after staging: the index still holds the staged text.
  r.write('partly.js', 'one\nstaged\nnot staged\n');
  const change = stagedChange(r.dir);
  assert.deepEqual([...change.blobIds!.keys()].sort(), ['crlf.js', 'partly.js', 'whole.js']);
  assert.equal(change.blobIds!.get('whole.js'), r.git('rev-parse', ':whole.js').trim());
  const blobs = readStagedBlobs(r.dir, ['whole.js', 'partly.js', 'crlf.js'], change.blobIds);
  assert.equal(blobs.get('whole.js')?.toString(), 'one\ntwo\n');
  assert.equal(blobs.get('partly.js')?.toString(), 'one\nstaged\n');
  // Converted on the way into the index (autocrlf): the index's text, not the file's.
  assert.equal(blobs.get('crlf.js')?.toString(), 'a\nb\n');
  // Without blob ids every content comes from git, the same.
  assert.deepEqual(readStagedBlobs(r.dir, ['whole.js', 'partly.js', 'crlf.js']), blobs);
  // The disk is read when the ids match (here told the working file's own id: its text comes back).
  const diskId = r.git('hash-object', '--no-filters', 'partly.js').trim();
  assert.equal(readStagedBlobs(r.dir, ['partly.js'], new Map([['partly.js', diskId]])).get('partly.js')?.toString(), 'one\nstaged\nnot staged\n');
});

test('stagedChange: nothing staged is an empty change; outside a repository it throws', () => {
  const r = new TempRepo();
  r.write('a.js', 'a\n');
  r.commit('base');
  assert.deepEqual(stagedChange(r.dir), { paths: [], lines: new Map(), blobIds: new Map() });
  assert.throws(() => stagedChange(new TempRepo(false).dir));
});

test('a staged scan attributes the change without blaming it, and older lines by blame, as before', async () => {
  const r = new TempRepo();
  const old = "const { exec } = require('child_process');\nmodule.exports = (req) => exec('ls ' + req.query.a);\n";
  r.write('src/app.js', old);
  r.commit('base');
  r.write('src/app.js', `${old}module.exports.b = (req) => exec('cat ' + req.query.b);\n`);
  r.git('add', 'src/app.js');
  const result = await runScan({ root: r.dir, config: defaultConfig(), groups: ['code'], staged: true, jobs: 1 });
  const origins = result.findings.map((f) => [f.ruleId, f.location.startLine, f.origin?.evidence?.[0]]).sort((a, b) => Number(a[1]) - Number(b[1]));
  assert.deepEqual(origins.map((o) => o.slice(0, 2)), [['js/command-injection', 2], ['js/command-injection', 3]]);
  // Line 2 is committed (blamed: a human commit), line 3 is the staged change (not committed yet).
  assert.match(String(origins[0]![2]), /^commit [0-9a-f]{7} by Alice Human carries no AI signal$/);
  assert.equal(origins[1]![2], 'not committed yet and no AI marker');
});
