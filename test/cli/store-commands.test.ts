/** `vouch token`, `scan --record`, `serve`, `upload`, `scan --upload` through the real CLI, with a real server on 127.0.0.1. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import { runVouch, tempProject, VOUCH_BIN } from '../helpers/cli.js';

const SQLI = [
  "const express = require('express');",
  "const app = express();",
  "app.get('/u', async (req, res) => {",
  '  const r = await db.query(`SELECT * FROM users WHERE id = ${req.query.id}`);',
  '  res.json(r.rows);',
  '});',
  '',
].join('\n');
const SAFE = "app.get('/u', async (req, res) => res.json(await db.query('SELECT * FROM users WHERE id = $1', [req.query.id])));\n";

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

function repo(files: Record<string, string>): string {
  const dir = tempProject(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', 'https://ci-user:not-a-real-password@git.example.com/acme/shop.git');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'init');
  return dir;
}

/** A port nothing listens on (fetch refuses "bad ports" such as 1, so take a fresh one and free it). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** No CI variables: the scans below run "locally" unless a test says otherwise. */
const LOCAL_ENV = { CI: '', GITHUB_REPOSITORY: '', GITHUB_REF_NAME: '', GITHUB_HEAD_REF: '' };

describe('vouch token', () => {
  it('creates (printed once), lists (never the token) and revokes', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'vouch-tok-')), 'h.sqlite');
    const created = runVouch(['token', 'create', '--scope', 'upload', '--name', 'ci', '--db', db]);
    assert.equal(created.status, 0, created.stderr);
    const token = created.stdout.trim();
    assert.match(token, /^vouch_[0-9a-f]{12}_\S+$/);
    const id = token.split('_')[1]!;
    const list = runVouch(['token', 'list', '--db', db]);
    assert.match(list.stdout, new RegExp(`^${id}\\s+upload\\s+ci\\s+created .* never used$`, 'm'));
    // The secret is everything after `vouch_<id>_` (base64url: it may itself hold `_`).
    const secret = token.slice(`vouch_${id}_`.length);
    assert.ok(!list.stdout.includes(token) && !list.stdout.includes(secret));
    assert.equal(runVouch(['token', 'create', '--scope', 'admin', '--db', db]).status, 2);
    assert.equal(runVouch(['token', 'revoke', id, '--db', db]).status, 0);
    const again = runVouch(['token', 'revoke', id, '--db', db]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /no active token with id/);
  });
});

describe('vouch scan --record', () => {
  it('records each scan; a finding gone from a later full scan is fixed', async () => {
    const dir = repo({ 'app.js': SQLI });
    const db = join(mkdtempSync(join(tmpdir(), 'vouch-rec-')), 'history.sqlite');
    const first = runVouch(['scan', '--record', '--db', db, '-f', 'json'], { cwd: dir, env: LOCAL_ENV });
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stderr, /vouch: scan [0-9a-f]{32} recorded in .*history\.sqlite \(acme\/shop main [0-9a-f]{12}\)/);
    JSON.parse(first.stdout); // stdout is still the report
    assert.ok(!first.stderr.includes('not-a-real-password'));
    writeFileSync(join(dir, 'app.js'), SAFE);
    git(dir, 'commit', '-qam', 'fix');
    const second = runVouch(['scan', '--record', '--db', db], { cwd: dir, env: LOCAL_ENV });
    assert.equal(second.status, 0, second.stderr);

    const store = await Store.open(db);
    try {
      const scans = await store.listScans();
      assert.equal(scans.length, 2);
      assert.deepEqual(scans.map((s) => [s.repository, s.branch, s.trigger, s.complete]), [['acme/shop', 'main', 'local', 1], ['acme/shop', 'main', 'local', 1]]);
      const [f] = await store.listFindings();
      assert.equal(f!.rule_id, 'js/sql-injection');
      assert.equal(f!.state, 'fixed');
      assert.equal(f!.path, 'app.js');
      const dump = JSON.stringify(await store.db.selectFrom('scans').selectAll().execute());
      assert.ok(!dump.includes('not-a-real-password'));
    } finally {
      await store.close();
    }
  });

  it('a store that cannot be reached is a clear error (exit 3) after the report', () => {
    const dir = repo({ 'app.js': SAFE });
    const r = runVouch(['scan', '--record', '--db', 'postgres://vouch:s3cret-pw@127.0.0.1:1/nowhere'], { cwd: dir, env: LOCAL_ENV });
    assert.equal(r.status, 3);
    assert.match(r.stderr, /vouch: cannot use the store postgres:\/\/vouch:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/);
    assert.ok(!r.stderr.includes('s3cret-pw'));
  });
});

describe('vouch serve + upload', () => {
  let server: ChildProcess;
  let base = '';
  let db = '';
  let uploadToken = '';
  before(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'vouch-serve-')), 'history.sqlite');
    uploadToken = runVouch(['token', 'create', '--scope', 'upload', '--db', db]).stdout.trim();
    server = spawn(process.execPath, [VOUCH_BIN, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      server.once('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
  });
  after(() => { server?.kill('SIGTERM'); });

  it('uploads a report file and a scan, with the token from a flag or the environment', async () => {
    const dir = repo({ 'app.js': SQLI });
    const report = join(dir, 'report.json');
    assert.equal(runVouch(['scan', '-f', 'json', '-o', report], { cwd: dir, env: LOCAL_ENV }).status, 1);
    const up = runVouch(['upload', report, '--server', base, '--token', uploadToken, '--branch', 'release'], { cwd: dir, env: LOCAL_ENV });
    assert.equal(up.status, 0, up.stderr);
    assert.match(up.stdout, /^scan [0-9a-f]{32} uploaded to http:\/\/127\.0\.0\.1:\d+ \(acme\/shop release [0-9a-f]{12}\)$/m);
    const dup = runVouch(['upload', report, '--server', base, '--token', uploadToken, '--branch', 'release'], { cwd: dir, env: LOCAL_ENV });
    assert.match(dup.stdout, /was already on/);

    const viaEnv = runVouch(['scan', '--upload', '--trigger', 'ci'], { cwd: dir, env: { ...LOCAL_ENV, VOUCH_SERVER: base, VOUCH_TOKEN: uploadToken } });
    assert.equal(viaEnv.status, 1, viaEnv.stderr);
    assert.match(viaEnv.stderr, /vouch: scan [0-9a-f]{32} uploaded to/);

    const wrong = runVouch(['upload', report, '--server', base, '--token', 'vouch_0_wrong'], { cwd: dir, env: LOCAL_ENV });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /refused the upload: 401 the token is unknown or revoked/);
    const noServer = runVouch(['upload', report], { cwd: dir, env: { ...LOCAL_ENV, VOUCH_SERVER: '' } });
    assert.equal(noServer.status, 2);
    assert.match(noServer.stderr, /no server: pass --server URL or set VOUCH_SERVER/);
    const closed = await closedPort();
    const down = runVouch(['upload', report, '--server', `http://127.0.0.1:${closed}`, '--token', uploadToken], { cwd: dir, env: LOCAL_ENV });
    assert.equal(down.status, 3);
    assert.match(down.stderr, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${closed}: ECONNREFUSED`));
    const notReport = runVouch(['upload', join(dir, 'app.js'), '--server', base, '--token', uploadToken], { cwd: dir, env: LOCAL_ENV });
    assert.equal(notReport.status, 2);

    const store = await Store.open(db);
    try {
      const scans = await store.listScans();
      assert.deepEqual(scans.map((s) => [s.branch, s.trigger]).sort(), [['main', 'ci'], ['release', 'local']]);
    } finally {
      await store.close();
    }
  });

  it('an unreachable database at start is a clear error with exit code 3', () => {
    const r = runVouch(['serve', '--port', '0', '--db', 'postgres://127.0.0.1:1/x']);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /cannot use the store postgres:\/\/127\.0\.0\.1:1\/x: .*ECONNREFUSED/);
  });
});
