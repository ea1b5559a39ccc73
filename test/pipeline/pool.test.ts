/**
 * The worker pool sends a worker its next file before the current one finishes (pipeline/pool.ts):
 * a file that times out is reported once, and the files queued behind it are analysed by the
 * replacement worker, never lost or reported twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { runVouch } from '../helpers/cli.js';

// Enough files that the in-process path for small scans is not taken.
const FILES = 12;

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'vouch-pool-'));
  for (let i = 0; i < FILES; i++) {
    writeFileSync(join(root, `f${i}.js`), [
      "const { exec } = require('child_process');",
      `function run${i}(req) { exec('ls ' + req.query.dir); }`,
      `module.exports = run${i};`,
    ].join('\n'));
  }
  return root;
}

test('pool: every file is analysed once with files in flight, at --jobs 1 and 2', async () => {
  const root = tree();
  try {
    for (const jobs of [1, 2]) {
      const r = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs, failOn: 'none' });
      assert.equal(r.stats.filesScanned, FILES);
      assert.deepEqual(r.notices.filter((n) => n.level === 'error'), []);
      const flagged = r.findings.filter((f) => f.ruleId === 'js/command-injection').map((f) => `${f.location.path}:${f.location.startLine}`).sort();
      assert.deepEqual(flagged, Array.from({ length: FILES }, (_, i) => `f${i}.js:2`).sort());
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('pool: when every file times out, each is reported once and the scan ends', async () => {
  const root = tree();
  try {
    // 1 ms: no worker even starts in time, so every file times out and every worker is replaced.
    const r = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none', fileTimeoutMs: 1 });
    const timedOut = r.notices.filter((n) => n.level === 'error' && /^analysis timed out/.test(n.reason)).map((n) => n.path).sort();
    assert.deepEqual(timedOut, Array.from({ length: FILES }, (_, i) => `f${i}.js`).sort());
    assert.deepEqual(r.findings.filter((f) => f.ruleId.startsWith('js/')), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('pool: a file that times out among quick files sent with it is the one reported; the others keep their results', async () => {
  // Small quick files go to a worker several at a time and their outcomes come back together: the
  // file reported must be the one the worker was on, and outcomes not sent yet must not be lost.
  const root = mkdtempSync(join(tmpdir(), 'vouch-pool-'));
  try {
    const quick = Array.from({ length: 60 }, (_, i) => `q${String(i).padStart(2, '0')}.js`);
    for (const name of quick) writeFileSync(join(root, name), `module.exports = ${JSON.stringify(name)};\n`);
    const chain = Array.from({ length: 12_000 }, (_, k) => `function g${k}(req, o) { const a = req.query.x + o.k${k}; if (a.length > ${k}) exec('ls ' + a); return g${k + 1}(req, { k${k}: a }); }`);
    writeFileSync(join(root, 'z-slow.js'), ["const { exec } = require('child_process');", ...chain, 'module.exports = g0;'].join('\n'));
    for (const jobs of [1, 2]) {
      const r = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs, failOn: 'none', fileTimeoutMs: 2000 });
      const errors = r.notices.filter((n) => n.level === 'error').map((n) => `${n.path}: ${n.reason}`);
      assert.deepEqual(errors, ['z-slow.js: analysis timed out after 2 s']);
      assert.equal(r.stats.filesScanned, quick.length);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('pool: a low worker heap limit (VOUCH_WORKER_HEAP_MB) changes no result', () => {
  const root = tree();
  try {
    const scan = (env: Record<string, string>) => runVouch(['scan', root, '--only', 'code', '--no-cache', '--jobs', '1', '--format', 'json', '--fail-on', 'none'], { env });
    // V8 collects more often near a low limit; results must not depend on it. (Below 32 MB the pool
    // uses 32: at 8 MB a worker could run out while Node loads a module, which aborts the process.)
    const tight = scan({ VOUCH_WORKER_HEAP_MB: '8' });
    const normal = scan({});
    assert.equal(tight.status, 0, tight.stderr);
    const report = (s: string) => JSON.parse(s) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { level: string }[]; stats: { filesScanned: number } };
    const a = report(tight.stdout);
    const b = report(normal.stdout);
    assert.deepEqual(a.notices.filter((n) => n.level === 'error'), []);
    assert.equal(a.stats.filesScanned, FILES);
    const lines = (r: typeof a) => r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort();
    assert.deepEqual(lines(a), lines(b));
    assert.equal(lines(a).filter((l) => l.startsWith('js/command-injection')).length, FILES);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
