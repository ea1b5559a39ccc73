/**
 * `vouch scan --staged` through the warm daemon (cli/scan-daemon.ts): the first run scans in process
 * and leaves a daemon behind; later runs are answered by it with the same report and exit code, in
 * the caller's working directory and with the caller's environment (a git hook's GIT_INDEX_FILE).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVouch } from '../helpers/cli.js';
import { TempRepo } from '../provenance/git-fixture.js';
import { answerScan } from '../../src/cli/scan-daemon.js';

const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => {\n  exec('ls ' + req.query.dir);\n};\n";
const SAFE = "const { execFile } = require('child_process');\nmodule.exports = (req, res) => {\n  execFile('ls', ['--', String(req.query.dir)]);\n};\n";

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const withoutTimings = (s: string) => s.split('\n').filter((l) => !l.startsWith('vouch timing:')).join('\n');
/** Text reports end with the scan's duration; everything before it must match. */
const withoutDuration = (s: string) => s.replace(/ · \d+(\.\d+)?m?s$/m, '');

test('scan --staged: the first run starts a daemon, later runs get the same report and exit code from it, per repository and index', async () => {
  const runtime = mkdtempSync(join(tmpdir(), 'vouch-rt-'));
  const a = new TempRepo();
  const b = new TempRepo();
  const env = { XDG_RUNTIME_DIR: runtime, VOUCH_SCAN_DAEMON: '1', CI: '', VOUCH_TIMINGS: '1' };
  try {
    for (const r of [a, b]) {
      r.write('README.md', 'x\n');
      r.commit('init');
    }
    a.write('src/run.js', VULN);
    a.git('add', 'src/run.js');
    b.write('src/run.js', SAFE);
    b.git('add', 'src/run.js');

    const first = runVouch(['scan', '--staged'], { cwd: a.dir, env });
    assert.equal(first.status, 1, first.stderr);
    assert.doesNotMatch(first.stderr, /answered by the daemon/);
    assert.match(first.stdout, /js\/command-injection/);
    await waitFor(() => existsSync(join(runtime, 'vouch')) && readdirSync(join(runtime, 'vouch')).some((f) => f.endsWith('.sock')));

    const second = runVouch(['scan', '--staged'], { cwd: a.dir, env });
    assert.match(second.stderr, /answered by the daemon/);
    assert.equal(second.status, 1);
    assert.equal(withoutDuration(second.stdout), withoutDuration(first.stdout));
    assert.match(second.stdout, /src\/run\.js\n\s+3:3 /);

    // Another repository, same daemon: its own staged file, its own verdict.
    const other = runVouch(['scan', '--staged', '--format', 'json'], { cwd: b.dir, env });
    assert.match(other.stderr, /answered by the daemon/);
    assert.equal(other.status, 0, other.stderr);
    const report = JSON.parse(other.stdout) as { findings: unknown[]; stats: { filesScanned: number } };
    assert.equal(report.findings.length, 0);
    assert.equal(report.stats.filesScanned, 1);

    // The caller's environment counts: an index file named by GIT_INDEX_FILE (as git sets it for hooks)
    // in which nothing is staged gives an empty scan, though the repository's own index has the file.
    b.git('read-tree', '--index-output=' + join(b.dir, '.git', 'empty-index'), 'HEAD');
    const viaIndex = runVouch(['scan', '--staged', '--format', 'json'], { cwd: b.dir, env: { ...env, GIT_INDEX_FILE: join(b.dir, '.git', 'empty-index') } });
    assert.match(viaIndex.stderr, /answered by the daemon/);
    assert.equal((JSON.parse(viaIndex.stdout) as { stats: { filesScanned: number } }).stats.filesScanned, 0);

    // A usage error comes back as the same message and exit code.
    const usage = runVouch(['scan', '--staged', '--jobs', 'zero'], { cwd: a.dir, env });
    assert.match(usage.stderr, /answered by the daemon/);
    assert.equal(usage.status, 2);
    assert.match(withoutTimings(usage.stderr), /--jobs must be a positive whole number/);
  } finally {
    // Removing the socket ends the daemon (it watches its socket file).
    rmSync(runtime, { recursive: true, force: true });
    a.remove();
    b.remove();
  }
});

test('scan --staged with VOUCH_SCAN_DAEMON=0 leaves no daemon behind', async () => {
  const runtime = mkdtempSync(join(tmpdir(), 'vouch-rt-'));
  const r = new TempRepo();
  try {
    r.write('src/run.js', SAFE);
    r.git('add', 'src/run.js');
    const res = runVouch(['scan', '--staged'], { cwd: r.dir, env: { XDG_RUNTIME_DIR: runtime, VOUCH_SCAN_DAEMON: '0', CI: '' } });
    assert.equal(res.status, 0, res.stderr);
    await new Promise((done) => setTimeout(done, 300));
    assert.equal(existsSync(join(runtime, 'vouch')), false);
  } finally {
    rmSync(runtime, { recursive: true, force: true });
    r.remove();
  }
});

test('the daemon refuses requests it must not run (not --staged, stdin, relative cwd) so the client runs them itself', async () => {
  const base = { v: 1 as const, kind: 'scan' as const, env: {}, stdoutTTY: false };
  for (const req of [
    { ...base, args: ['scan', '.'], cwd: tmpdir() },
    { ...base, args: ['scan', '--staged', '--stdin'], cwd: tmpdir() },
    { ...base, args: ['scan', '--staged'], cwd: 'relative/dir' },
    { ...base, args: ['scan', '--staged', 3 as unknown as string], cwd: tmpdir() },
  ]) {
    const answer = await answerScan(req);
    assert.equal(answer.exitCode, -1, JSON.stringify(req));
  }
});
