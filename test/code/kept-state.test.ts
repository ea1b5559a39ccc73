/**
 * Kept state between a file's passes (analyzers/code/index.ts): only a file the scan marks (a member
 * of an import cycle, which a link round will most likely run again) keeps its parsed tree, and a
 * second analysis from the kept tree gives what a fresh one gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeJs, dropPreparedFiles, keepPreparedFiles, keptPreparedFiles } from '../../src/analyzers/code/index.js';

const file = (path: string, text: string) => ({ path, absPath: `/project/${path}`, kind: 'javascript' as const, text });

const A = file('a.js', [
  "const b = require('./b');",
  "const cp = require('child_process');",
  "const app = require('express')();",
  "app.get('/run', (req, res) => { cp.exec('sh -c ' + req.query.c); res.end(); });",
  'exports.run = (cmd) => b.exec(cmd);',
].join('\n'));
const C = file('c.js', ["const a = require('./a');", 'exports.go = (x) => a.run(x);'].join('\n'));

const flagged = (r: ReturnType<typeof analyzeJs>) => r.findings.map((f) => `${f.ruleId}:${f.location.startLine}`).sort();

test('kept state: only a file marked to keep is kept, within the budget', () => {
  keepPreparedFiles(1_000_000);
  try {
    analyzeJs(A, undefined, undefined, undefined, true);
    analyzeJs(C, undefined, undefined, undefined, false);
    assert.deepEqual(keptPreparedFiles(), ['a.js']);
    dropPreparedFiles(['a.js']);
    assert.deepEqual(keptPreparedFiles(), []);
    // Over the budget: nothing is kept, whatever the mark.
    keepPreparedFiles(10);
    analyzeJs(A, undefined, undefined, undefined, true);
    assert.deepEqual(keptPreparedFiles(), []);
  } finally {
    keepPreparedFiles(0);
  }
});

test('kept state: a second analysis from the kept tree equals a fresh one, and a changed text is parsed again', () => {
  keepPreparedFiles(1_000_000);
  try {
    const fresh = analyzeJs(A);
    analyzeJs(A, undefined, undefined, undefined, true);
    assert.deepEqual(keptPreparedFiles(), ['a.js']);
    const again = analyzeJs(A, undefined, undefined, undefined, true);
    assert.deepEqual(flagged(again), flagged(fresh));
    assert.deepEqual(again.facts, fresh.facts);
    assert.ok(flagged(fresh).includes('js/command-injection:4'));
    // The same path with other text: the kept tree is not used (and not kept twice).
    const edited = { ...A, text: A.text.replace("'sh -c ' + req.query.c", "'ls'") };
    assert.deepEqual(flagged(analyzeJs(edited, undefined, undefined, undefined, true)).filter((f) => f.startsWith('js/command-injection')), []);
  } finally {
    keepPreparedFiles(0);
  }
});
