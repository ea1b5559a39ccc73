/**
 * The hook daemon (assist/hooks/daemon.ts, daemon-client.ts): the first `vouch hook` run leaves a
 * warm process behind, later runs are answered by it with the same output and exit code, and
 * anything wrong with it (a stale socket file, a dead daemon) falls back to running in process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVouch } from '../helpers/cli.js';
import { TempRepo } from '../provenance/git-fixture.js';
import { ask } from '../../src/assist/hooks/daemon-client.js';
import { serveHooks } from '../../src/assist/hooks/daemon.js';

const SAFE = "const { exec, execFile } = require('child_process');\nmodule.exports = (req, res) => {\n  execFile('ls', ['--', String(req.query.dir)]);\n};\n";
const SAFE_CALL = "execFile('ls', ['--', String(req.query.dir)]);";

function edit(r: TempRepo, newString: string): string {
  return JSON.stringify({ session_id: 's1', cwd: r.dir, hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: newString } });
}

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A committed repository with a safe file, a private runtime directory, and the daemon turned on. */
function setup() {
  const runtime = mkdtempSync(join(tmpdir(), 'vouch-rt-'));
  const r = new TempRepo();
  r.write('src/run.js', SAFE);
  r.commit('init');
  return { runtime, r, env: { XDG_RUNTIME_DIR: runtime, VOUCH_HOOK_DAEMON: '1', VOUCH_TIMINGS: '1' } };
}

test('the first hook run starts a daemon; the next runs are answered by it with the same output, exit code and ledger record', async () => {
  const { runtime, r, env } = setup();
  try {
    const vuln = edit(r, "exec('ls ' + req.query.dir);");
    const first = runVouch(['hook', 'claude-code'], { cwd: r.dir, input: vuln, env });
    assert.equal(first.status, 2, first.stderr);
    assert.doesNotMatch(first.stderr, /answered by the hook daemon/);
    const socketDir = join(runtime, 'vouch');
    await waitFor(() => existsSync(socketDir) && readdirSync(socketDir).some((f) => f.endsWith('.sock')));

    const second = runVouch(['hook', 'claude-code'], { cwd: r.dir, input: vuln, env });
    assert.equal(second.status, 2, second.stderr);
    assert.match(second.stderr, /answered by the hook daemon/);
    const withoutTiming = (s: string) => s.split('\n').filter((l) => !l.startsWith('vouch timing:')).join('\n');
    assert.equal(withoutTiming(second.stderr), withoutTiming(first.stderr));
    assert.match(second.stderr, /js\/command-injection \(critical\) at line 3/);

    // A safe edit through the daemon: exit 0 and one ledger record, as in process.
    const safe = runVouch(['hook', 'claude-code'], { cwd: r.dir, input: edit(r, "execFile('ls', ['-la', '--', String(req.query.dir)]);"), env });
    assert.equal(safe.status, 0, safe.stderr);
    assert.match(safe.stderr, /answered by the hook daemon/);
    const ledger = readFileSync(join(r.dir, '.vouch/ledger.jsonl'), 'utf8').trim().split('\n');
    assert.equal(ledger.length, 1);
    assert.equal(JSON.parse(ledger[0]!).file, 'src/run.js');

    // Not JSON: the same note and exit 0 from the daemon.
    const bad = runVouch(['hook', 'claude-code'], { cwd: r.dir, input: '{not json', env });
    assert.equal(bad.status, 0);
    assert.match(bad.stderr, /not JSON; nothing checked/);
  } finally {
    // Removing the socket ends the daemon (it watches its socket file).
    rmSync(runtime, { recursive: true, force: true });
    r.remove();
  }
});

test('a stale socket file (no daemon behind it) means running in process, and a new daemon replaces it', async () => {
  const { runtime, r, env } = setup();
  try {
    // Learn the socket's name from a first run, then stop that daemon and leave a dead file there.
    runVouch(['hook', 'claude-code'], { cwd: r.dir, input: edit(r, SAFE_CALL), env });
    const dir = join(runtime, 'vouch');
    await waitFor(() => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.sock')));
    const socket = join(dir, readdirSync(dir).find((f) => f.endsWith('.sock'))!);
    rmSync(socket);
    writeFileSync(socket, 'not a socket');
    const res = runVouch(['hook', 'claude-code'], { cwd: r.dir, input: edit(r, "exec('ls ' + req.query.dir);"), env });
    assert.equal(res.status, 2, res.stderr);
    assert.doesNotMatch(res.stderr, /answered by the hook daemon/);
    // The daemon started by that run removes the dead file and listens.
    await waitFor(() => {
      try { return readFileSync(socket, 'utf8') !== 'not a socket'; } catch { return true; }
    });
  } finally {
    rmSync(runtime, { recursive: true, force: true });
    r.remove();
  }
});

test('serveHooks answers requests over its socket, refuses malformed ones, and stops when idle', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vouch-rt-'));
  const socket = join(dir, 'h.sock');
  try {
    const served = serveHooks(socket, 1500);
    await waitFor(() => existsSync(socket));
    const note = await ask(socket, { v: 1, assistant: 'claude-code', input: '[]' });
    assert.equal(note?.exitCode, 0);
    // Unknown assistant: the daemon answers with a negative code, which the client reads as "run it yourself".
    assert.equal(await ask(socket, { v: 1, assistant: 'nobody', input: '{}' }), undefined);
    await served; // resolves once the idle time has passed without a request
    assert.equal(existsSync(socket), false, 'the socket file is removed on the way out');
    assert.equal(await ask(socket, { v: 1, assistant: 'claude-code', input: '{}' }, 2000), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
