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

test('pool: a secrets-only scan analyses small files on the main thread beside its worker; large ones stay with the workers', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-pool-'));
  try {
    // A GitHub token on line 2 of each small file; the large file (over the main thread's 64 KB) has one on its last line.
    const token = (i: number) => `ghp_${String(i).padStart(4, '0')}Q3vT8mZ2kL9xW4rB7nY1cE6hJ0pA5sD`;
    const small = Array.from({ length: 40 }, (_, i) => `s${String(i).padStart(2, '0')}.txt`);
    small.forEach((name, i) => writeFileSync(join(root, name), `notes\ntoken = "${token(i)}"\n`));
    writeFileSync(join(root, 'big.txt'), `${'plain text line\n'.repeat(5000)}token = "${token(99)}"\n`);
    const lines = (r: Awaited<ReturnType<typeof runScan>>) => r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort();

    // Whatever the main thread takes, the same findings as one worker alone.
    const alone = await runScan({ root, config: defaultConfig(), groups: ['secrets'], jobs: 1, failOn: 'none' });
    const beside = await runScan({ root, config: defaultConfig(), groups: ['secrets'], jobs: 2, failOn: 'none' });
    assert.equal(lines(alone).length, small.length + 1);
    assert.deepEqual(lines(beside), lines(alone));
    assert.deepEqual(beside.notices.filter((n) => n.level === 'error'), []);

    // With a 1 ms limit no worker analyses anything in time: every file scanned was analysed on the
    // main thread, and the large file, which only a worker takes, times out.
    const r = await runScan({ root, config: defaultConfig(), groups: ['secrets'], jobs: 2, failOn: 'none', fileTimeoutMs: 1 });
    const timedOut = r.notices.filter((n) => n.level === 'error' && /^analysis timed out/.test(n.reason)).map((n) => n.path);
    assert.ok(timedOut.includes('big.txt'));
    assert.ok(r.stats.filesScanned > 0, 'the main thread analysed some files');
    assert.equal(r.stats.filesScanned + timedOut.length, small.length + 1, 'every file is analysed or reported once');
    const found = new Set(r.findings.map((f) => f.location.path));
    for (const name of small) assert.equal(found.has(name), !timedOut.includes(name), name);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('pool: workers the launcher starts ahead (scan --no-cache) give the same results, and a command line that fails does not wait for them', () => {
  const root = tree();
  try {
    const scan = (env: Record<string, string>) => runVouch(['scan', root, '--only', 'code', '--no-cache', '--jobs', '2', '--format', 'json', '--fail-on', 'none'], { env });
    const early = scan({});
    const late = scan({ VOUCH_EARLY_WORKERS: '0' });
    assert.equal(early.status, 0, early.stderr);
    const report = (s: string) => JSON.parse(s) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { level: string }[] };
    const lines = (s: string) => report(s).findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort();
    assert.deepEqual(report(early.stdout).notices.filter((n) => n.level === 'error'), []);
    assert.deepEqual(lines(early.stdout), lines(late.stdout));
    assert.equal(lines(early.stdout).filter((l) => l.startsWith('js/command-injection')).length, FILES);
    // The workers were started before the options were read; the usage error ends the process anyway.
    const bad = runVouch(['scan', root, '--no-cache', '--format', 'no-such-format'], { timeoutMs: 20_000 });
    assert.equal(bad.status, 2, bad.stderr);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
