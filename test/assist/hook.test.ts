/**
 * `vouch hook <assistant>` driven for real: the built CLI, a recorded event JSON on stdin, a temp
 * git repository. Exact rule ids and exit codes; a secret's value never reaches stderr.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runVouch } from '../helpers/cli.js';
import { TempRepo } from '../provenance/git-fixture.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';
import { INLINE_MAX_CHARS } from '../../src/assist/hooks/run.js';

const SAFE = "const { exec, execFile } = require('child_process');\nmodule.exports = (req, res) => {\n  execFile('ls', ['--', String(req.query.dir)]);\n};\n";
const SAFE_CALL = "execFile('ls', ['--', String(req.query.dir)]);";
const VULN_CALL = "exec('ls ' + req.query.dir);";

function repo(files: Record<string, string> = { 'src/run.js': SAFE }): TempRepo {
  const r = new TempRepo();
  for (const [p, t] of Object.entries(files)) r.write(p, t);
  r.commit('init');
  return r;
}

function claude(r: TempRepo, event: 'PreToolUse' | 'PostToolUse', tool: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const ev = { session_id: 'sess-123', transcript_path: join(r.dir, 't.jsonl'), cwd: r.dir, permission_mode: 'default', hook_event_name: event, tool_name: tool, tool_input: input, ...extra };
  return runVouch(['hook', 'claude-code'], { cwd: r.dir, input: JSON.stringify(ev) });
}

const ledger = (r: TempRepo) => (existsSync(join(r.dir, '.vouch/ledger.jsonl')) ? readFileSync(join(r.dir, '.vouch/ledger.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : []);
const ruleIdsIn = (stderr: string) => [...stderr.matchAll(/^\d+\. (\S+) \((\w+)\) at line (\d+)/gm)].map((m) => [m[1], Number(m[3])]);

test('claude-code PreToolUse Edit that adds a command injection: exit 2, rule, line, fix, suppression; not recorded', () => {
  const r = repo();
  const res = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: VULN_CALL });
  assert.equal(res.status, 2, res.stderr);
  assert.deepEqual(ruleIdsIn(res.stderr), [['js/command-injection', 3]]);
  assert.match(res.stderr, /Vouch blocked this edit to src\/run\.js/);
  assert.match(res.stderr, /Flow: .*req\.query\.dir.*→.*child_process\.exec/);
  assert.match(res.stderr, /Fix: /);
  assert.match(res.stderr, /vouch-ignore\[js\/command-injection\]: <why it is safe>/);
  assert.equal(readFileSync(join(r.dir, 'src/run.js'), 'utf8'), SAFE, 'the hook never writes the file');
  assert.deepEqual(ledger(r), [], 'a blocked edit is not recorded');
});

test('claude-code PreToolUse safe Edit: exit 0, silent, recorded in the ledger with tool, session and lines', () => {
  const r = repo();
  const res = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: "execFile('ls', ['-la', '--', String(req.query.dir)]);" });
  assert.equal(res.status, 0, res.stderr);
  assert.equal(res.stderr, '');
  const entries = ledger(r);
  assert.equal(entries.length, 1);
  assert.deepEqual([entries[0].file, entries[0].tool, entries[0].promptRef, entries[0].ranges], ['src/run.js', 'Claude Code', 'session:sess-123', [[3, 3]]]);
});

test('claude-code: an edit that keeps an existing finding passes; copying it does not', () => {
  const vulnerable = SAFE.replace(SAFE_CALL, VULN_CALL);
  const r = repo({ 'src/run.js': vulnerable });
  const keep = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/run.js'), old_string: "const { exec, execFile } = require('child_process');", new_string: "// Directory listing.\nconst { exec, execFile } = require('child_process');" });
  assert.equal(keep.status, 0, keep.stderr);
  const copy = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/run.js'), old_string: '};\n', new_string: `};\nmodule.exports.again = (req, res) => {\n  ${VULN_CALL}\n};\n` });
  assert.equal(copy.status, 2, copy.stderr);
  assert.deepEqual(ruleIdsIn(copy.stderr), [['js/command-injection', 6]]);
});

test('claude-code Write of a new file with a hard-coded token: exit 2 naming kind and line, never the value', () => {
  const r = repo();
  const token = `ghp_${rand('alnum', 36)}`;
  const res = claude(r, 'PreToolUse', 'Write', { file_path: join(r.dir, 'src/github.js'), content: `// client\nexport const client = new Octokit({ auth: "${token}" });\n` });
  assert.equal(res.status, 2, res.stderr);
  const found = ruleIdsIn(res.stderr);
  assert.ok(found.length >= 1 && found.every(([id, line]) => String(id).startsWith('secrets/') && line === 2), res.stderr);
  assert.ok(!res.stderr.includes(token) && !res.stderr.includes(token.slice(4, 20)), 'the secret value must not be echoed');
  assert.match(res.stderr, /its value is not shown/);
  assert.equal(existsSync(join(r.dir, 'src/github.js')), false);
});

test('claude-code MultiEdit and replace_all are applied in order before scanning', () => {
  const r = repo({ 'src/db.js': "const db = require('./db');\nmodule.exports = (req, res) => {\n  const id = Number(req.params.id);\n  return db.query('SELECT * FROM t WHERE id = $1', [id]);\n};\n" });
  const multi = claude(r, 'PreToolUse', 'MultiEdit', {
    file_path: join(r.dir, 'src/db.js'),
    edits: [
      { old_string: 'const id = Number(req.params.id);', new_string: 'const id = req.params.id;' },
      { old_string: "db.query('SELECT * FROM t WHERE id = $1', [id])", new_string: "db.query('SELECT * FROM t WHERE id = ' + id)" },
    ],
  });
  assert.equal(multi.status, 2, multi.stderr);
  assert.deepEqual(ruleIdsIn(multi.stderr), [['js/sql-injection', 4]]);
  const all = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/db.js'), old_string: 'id', new_string: 'key', replace_all: true });
  assert.equal(all.status, 0, all.stderr);
});

test('claude-code PostToolUse: the written file is judged against the edit undone; the ledger keeps one record per edit', () => {
  const r = repo();
  const safeEdit = { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: "execFile('ls', ['-la', '--', String(req.query.dir)]);" };
  assert.equal(claude(r, 'PreToolUse', 'Edit', safeEdit).status, 0);
  r.write('src/run.js', SAFE.replace(SAFE_CALL, safeEdit.new_string));
  const post = claude(r, 'PostToolUse', 'Edit', safeEdit, { tool_response: { filePath: safeEdit.file_path, success: true } });
  assert.equal(post.status, 0, post.stderr);
  assert.equal(ledger(r).length, 1, 'pre and post of the same edit: one record');

  r.write('src/run.js', SAFE.replace(SAFE_CALL, VULN_CALL));
  const bad = claude(r, 'PostToolUse', 'Edit', { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: VULN_CALL }, { tool_response: { success: true } });
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(bad.stderr, /the edit to src\/run\.js introduced 1 security finding/);
  assert.deepEqual(ruleIdsIn(bad.stderr), [['js/command-injection', 3]]);
  assert.equal(ledger(r).length, 2, 'an edit that happened is recorded even with findings');
});

test('claude-code: anything unexpected exits 0 with a note', () => {
  const r = repo();
  const cases: [string, RegExp][] = [
    ['{not json', /not JSON/],
    ['[1,2]', /not a JSON object/],
    [JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' }, cwd: r.dir }), /no tool_input\.file_path/],
    [JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'NotebookEdit', tool_input: { file_path: join(r.dir, 'a.ipynb') }, cwd: r.dir }), /not Write, Edit or MultiEdit/],
    [JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: { file_path: join(r.dir, 'src/run.js'), old_string: 'no such text', new_string: VULN_CALL }, cwd: r.dir }), /does not apply/],
    [JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: join(r.dir, 'src'), content: VULN_CALL }, cwd: r.dir }), /not a regular file/],
    [JSON.stringify({ hook_event_name: 'Stop', cwd: r.dir }), /not PreToolUse or PostToolUse/],
  ];
  for (const [input, note] of cases) {
    const res = runVouch(['hook', 'claude-code'], { cwd: r.dir, input });
    assert.equal(res.status, 0, `${input}: ${res.stderr}`);
    assert.match(res.stderr, note, input);
  }
  writeFileSync(join(r.dir, '.vouch.yml'), 'assist:\n  failOn: sometimes\n');
  const bad = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: VULN_CALL });
  assert.equal(bad.status, 0);
  assert.match(bad.stderr, /configuration error/);
});

test('claude-code: the internal time limit lets the edit through with a note', () => {
  const big = Array.from({ length: 4000 }, (_, i) => `function f${i}(req, res) { const v${i} = req.query.a${i}; return res.send('x' + v${i}); }`).join('\n');
  assert.ok(big.length > INLINE_MAX_CHARS, 'scanned in a worker thread');
  const r = repo({ 'src/big.js': big + '\n', '.vouch.yml': 'assist:\n  timeoutMs: 100\n' });
  const res = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/big.js'), old_string: 'function f0(', new_string: 'function g0(' });
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stderr, /gave up after \d+ ms \(assist\.timeoutMs\)/);
});

test('claude-code: the time limit also holds for a file scanned in the hook\'s own thread', () => {
  // Under the in-thread size (INLINE_MAX_CHARS) but far more than 100 ms of analysis.
  const text = Array.from({ length: 2500 }, (_, i) => `function f${i}(req, res) { const v${i} = req.query.a${i}; return res.send('x' + v${i}); }`).join('\n') + '\n';
  assert.ok(text.length < INLINE_MAX_CHARS && text.length > INLINE_MAX_CHARS / 2);
  const r = repo({ 'src/mid.js': text, '.vouch.yml': 'assist:\n  timeoutMs: 100\n' });
  const res = claude(r, 'PreToolUse', 'Edit', { file_path: join(r.dir, 'src/mid.js'), old_string: 'function f0(', new_string: 'function g0(' });
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stderr, /gave up after 100 ms \(assist\.timeoutMs\)/);
});

test('claude-code: assist.failOn and --fail-on set the threshold', () => {
  const r = repo({ 'src/run.js': SAFE, '.vouch.yml': 'assist:\n  failOn: none\n' });
  const edit = { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: VULN_CALL };
  assert.equal(claude(r, 'PreToolUse', 'Edit', edit).status, 0);
  const ev = { hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: edit, cwd: r.dir };
  assert.equal(runVouch(['hook', 'claude-code', '--fail-on', 'critical'], { cwd: r.dir, input: JSON.stringify(ev) }).status, 2);
});

test('claude-code: a package.json edit runs the manifest checks on the proposed text', () => {
  const pkg = (deps: Record<string, string>) => JSON.stringify({ name: 'app', version: '1.0.0', dependencies: deps }, null, 2) + '\n';
  const r = repo({ 'package.json': pkg({ express: '4.21.2' }), '.vouch.yml': 'dependencies:\n  deny: ["event-stream"]\n' });
  const res = claude(r, 'PreToolUse', 'Write', { file_path: join(r.dir, 'package.json'), content: pkg({ express: '4.21.2', 'event-stream': '3.3.6' }) });
  assert.equal(res.status, 2, res.stderr);
  assert.deepEqual(ruleIdsIn(res.stderr), [['deps/denied-package', 6]]);
});

test('gemini BeforeTool/AfterTool: replace with a flaw exits 2 with the reason on stderr; a safe write_file exits 0 with {}', () => {
  const r = repo();
  const ev = (name: string, tool: string, input: Record<string, unknown>) => JSON.stringify({ session_id: 'g1', transcript_path: '/tmp/t.json', cwd: r.dir, hook_event_name: name, timestamp: new Date().toISOString(), tool_name: tool, tool_input: input });
  const bad = runVouch(['hook', 'gemini'], { cwd: r.dir, input: ev('BeforeTool', 'replace', { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: VULN_CALL }) });
  assert.equal(bad.status, 2, bad.stderr);
  assert.deepEqual(ruleIdsIn(bad.stderr), [['js/command-injection', 3]]);
  const ok = runVouch(['hook', 'gemini'], { cwd: r.dir, input: ev('BeforeTool', 'write_file', { file_path: join(r.dir, 'src/util.js'), content: 'export const add = (a, b) => a + b;\n' }) });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout.trim(), '{}');
  assert.equal(ledger(r).at(-1).tool, 'Gemini CLI');
  const other = runVouch(['hook', 'gemini'], { cwd: r.dir, input: ev('BeforeTool', 'run_shell_command', { command: 'ls' }) });
  assert.equal(other.status, 0);
  assert.equal(other.stdout.trim(), '{}');
});

test('cursor afterFileEdit cannot block: findings go to the agent at stop, until the file is fixed', () => {
  const r = repo();
  const base = { conversation_id: `c-${rand('alnum', 8)}`, generation_id: 'g1', model: 'gpt-5', cursor_version: '1.7.2', workspace_roots: [r.dir], user_email: null };
  r.write('src/run.js', SAFE.replace(SAFE_CALL, VULN_CALL));
  const edit = runVouch(['hook', 'cursor'], { cwd: r.dir, input: JSON.stringify({ ...base, hook_event_name: 'afterFileEdit', file_path: join(r.dir, 'src/run.js'), edits: [{ old_string: SAFE_CALL, new_string: VULN_CALL }] }) });
  assert.equal(edit.status, 0);
  assert.equal(edit.stdout.trim(), '{}');
  assert.deepEqual(ruleIdsIn(edit.stderr), [['js/command-injection', 3]]);
  const entry = ledger(r).at(-1);
  assert.deepEqual([entry.tool, entry.model, entry.ranges], ['Cursor', 'gpt-5', [[3, 3]]]);

  const stop = () => runVouch(['hook', 'cursor'], { cwd: r.dir, input: JSON.stringify({ ...base, hook_event_name: 'stop', status: 'completed', loop_count: 0 }) });
  const first = stop();
  assert.equal(first.status, 0, first.stderr);
  const followup = JSON.parse(first.stdout).followup_message as string;
  assert.deepEqual(ruleIdsIn(followup), [['js/command-injection', 3]]);
  // Still there at the next stop; gone once the agent fixed the file.
  assert.ok(JSON.parse(stop().stdout).followup_message);
  r.write('src/run.js', SAFE);
  assert.deepEqual(JSON.parse(stop().stdout), {});
});

test('vouch hook: unknown assistant is a usage error; no stdin is a note', () => {
  const r = repo();
  const res = runVouch(['hook', 'emacs'], { cwd: r.dir, input: '{}' });
  assert.equal(res.status, 2);
  assert.match(res.stderr, /unknown assistant 'emacs'/);
  mkdirSync(join(r.dir, 'x'), { recursive: true });
  const empty = runVouch(['hook', 'claude-code'], { cwd: r.dir, input: '' });
  assert.equal(empty.status, 0);
  assert.match(empty.stderr, /not JSON/);
});

test('init --assistant merges edit hooks into each assistant\'s settings, keeps what was there, and is idempotent', () => {
  const r = repo();
  r.write('.claude/settings.json', JSON.stringify({ permissions: { allow: ['Bash(npm test)'] }, hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: './guard.sh' }] }] } }, null, 2));
  r.write('.cursor/hooks.json', '{ "version": 1, "hooks": { "afterFileEdit": [{ "command": "./format.sh" }] } }');
  const res = runVouch(['init', '--assistant', 'claude-code,gemini,cursor', '--no-ci', '--no-hooks'], { cwd: r.dir });
  assert.equal(res.status, 0, res.stderr);
  const claudeSettings = JSON.parse(readFileSync(join(r.dir, '.claude/settings.json'), 'utf8'));
  assert.deepEqual(claudeSettings.permissions, { allow: ['Bash(npm test)'] });
  assert.deepEqual(claudeSettings.hooks.PreToolUse.map((e: any) => e.matcher), ['Bash', 'Write|Edit|MultiEdit']);
  assert.deepEqual(claudeSettings.hooks.PostToolUse.map((e: any) => e.matcher), ['Write|Edit|MultiEdit']);
  assert.match(claudeSettings.hooks.PreToolUse[1].hooks[0].command, /vouch hook claude-code/);
  const gemini = JSON.parse(readFileSync(join(r.dir, '.gemini/settings.json'), 'utf8'));
  assert.deepEqual(Object.keys(gemini.hooks), ['BeforeTool', 'AfterTool']);
  assert.equal(gemini.hooks.BeforeTool[0].matcher, 'write_file|replace');
  const cursor = JSON.parse(readFileSync(join(r.dir, '.cursor/hooks.json'), 'utf8'));
  assert.equal(cursor.version, 1);
  assert.deepEqual(cursor.hooks.afterFileEdit.map((e: any) => e.command.includes('vouch hook cursor')), [false, true]);
  assert.equal(cursor.hooks.stop.length, 1);
  assert.ok(existsSync(join(r.dir, 'CLAUDE.md')), 'the instruction files are still written');
  // The command the settings hold really runs the hook (vouch resolved through PATH).
  const binDir = join(r.dir, 'bin');
  mkdirSync(binDir);
  writeFileSync(join(binDir, 'vouch'), `#!/bin/sh\nexec "${process.execPath}" "${join(process.cwd(), 'bin', 'vouch.js')}" "$@"\n`, { mode: 0o755 });
  const ev = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Edit', cwd: r.dir, tool_input: { file_path: join(r.dir, 'src/run.js'), old_string: SAFE_CALL, new_string: VULN_CALL } });
  const viaSettings = spawnSync('bash', ['-c', claudeSettings.hooks.PreToolUse[1].hooks[0].command], { cwd: r.dir, input: ev, encoding: 'utf8', env: { ...process.env, VOUCH_HOOK_DAEMON: '0', PATH: `${binDir}:${process.env.PATH}` } });
  assert.equal(viaSettings.status, 2, viaSettings.stderr);
  assert.match(viaSettings.stderr, /js\/command-injection/);
  // A second run changes nothing.
  const again = runVouch(['init', '--assistant', 'claude-code,gemini,cursor', '--no-ci', '--no-hooks'], { cwd: r.dir });
  assert.match(again.stdout, /ok +\.claude\/settings\.json \(up to date\)/);
  assert.match(again.stdout, /ok +\.gemini\/settings\.json \(up to date\)/);
  assert.match(again.stdout, /ok +\.cursor\/hooks\.json \(up to date\)/);
  // Settings that are not plain JSON are left alone with a note; an unknown assistant is a usage error.
  r.write('.gemini/settings.json', '// my settings\n{ "theme": "dark" }\n');
  const skipped = runVouch(['init', '--assistant', 'gemini', '--no-ci', '--no-hooks'], { cwd: r.dir });
  assert.match(skipped.stdout, /skip +\.gemini\/settings\.json: not a JSON object/);
  assert.equal(readFileSync(join(r.dir, '.gemini/settings.json'), 'utf8'), '// my settings\n{ "theme": "dark" }\n');
  const bad = runVouch(['init', '--assistant', 'vim'], { cwd: r.dir });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown assistant 'vim'/);
});
