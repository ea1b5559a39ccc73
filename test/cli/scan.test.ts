/** `vouch scan` end to end through the real CLI: exit codes, formats, outputs, suppressions, baseline, git modes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOUCH_BIN, runVouch, tempProject } from '../helpers/cli.js';

const SQLI = [
  "const express = require('express');",
  "const app = express();",
  "app.get('/u', async (req, res) => {",
  "  const r = await db.query(`SELECT * FROM users WHERE id = ${req.query.id}`);",
  '  res.json(r.rows);',
  '});',
  '',
].join('\n');

const SAFE = "app.get('/u', async (req, res) => res.json(await db.query('SELECT * FROM users WHERE id = $1', [req.query.id])));\n";

function git(dir: string, ...args: string[]) {
  execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

test('a reader that closes the pipe early (`vouch scan | head -c 100`) gets no stack trace, and the exit code is still the gate\'s', () => {
  for (const [files, status] of [[{ 'app.js': SAFE }, 0], [{ 'app.js': SQLI }, 1]] as const) {
    const dir = tempProject(files);
    // (A SARIF report describes every rule: far more than a pipe holds.)
    const res = spawnSync('bash', ['-c', `node ${JSON.stringify(VOUCH_BIN)} scan . --only code --format sarif | head -c 100 > /dev/null; exit \${PIPESTATUS[0]}`], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, VOUCH_SCAN_DAEMON: '0', NO_COLOR: '1' },
    });
    assert.equal(res.status, status);
    assert.doesNotMatch(res.stderr, /EPIPE|Unhandled|at /);
  }
});

test('exit 1 when a new finding meets the threshold, 0 below it or when clean', () => {
  const vuln = tempProject({ 'app.js': SQLI });
  const failed = runVouch(['scan', '.', '--only', 'code'], { cwd: vuln });
  assert.equal(failed.status, 1);
  assert.match(failed.stdout, /app\.js/);
  assert.match(failed.stdout, /4:\d+\s+critical\s+SQL injection: user input from req\.query\.id/);
  assert.match(failed.stdout, /Gate failed/);
  assert.equal(runVouch(['scan', '.', '--only', 'code', '--fail-on', 'none'], { cwd: vuln }).status, 0);
  const clean = tempProject({ 'app.js': SAFE });
  const ok = runVouch(['scan', '.', '--only', 'code'], { cwd: clean });
  assert.equal(ok.status, 0);
  assert.match(ok.stdout, /Gate passed/);
});

test('several outputs in one run: json and sarif files plus text on stdout', () => {
  const dir = tempProject({ 'app.js': SQLI });
  const run = runVouch(['scan', '.', '--only', 'code', '-o', 'json=out/r.json', '-o', 'out/r.sarif'], { cwd: dir });
  assert.equal(run.status, 1);
  const json = JSON.parse(readFileSync(join(dir, 'out/r.json'), 'utf8'));
  assert.deepEqual(json.findings.map((f: { ruleId: string; location: { startLine: number } }) => [f.ruleId, f.location.startLine]), [['js/sql-injection', 4]]);
  const sarif = JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8'));
  const result = sarif.runs[0].results[0];
  assert.equal(result.ruleId, 'js/sql-injection');
  assert.equal(result.codeFlows[0].threadFlows[0].locations.length >= 2, true);
  assert.match(run.stdout, /SQL injection/);
});

test('unknown --only analyzer and a bad --output spec are usage errors', () => {
  const dir = tempProject({ 'app.js': SAFE });
  const a = runVouch(['scan', '.', '--only', 'nope'], { cwd: dir });
  assert.equal(a.status, 2);
  assert.match(a.stderr, /--only: unknown analyzer 'nope'/);
  const b = runVouch(['scan', '.', '-o', 'report.weird'], { cwd: dir });
  assert.equal(b.status, 2);
  const c = runVouch(['scan', '.', '--fail-on', 'sometimes'], { cwd: dir });
  assert.equal(c.status, 2);
});

test('inline suppression with a reason silences a finding; without a reason it is reported', () => {
  const withReason = SQLI.replace('  const r = await', '  // vouch-ignore[js/sql-injection]: id is validated by the gateway\n  const r = await');
  const dir = tempProject({ 'a.js': withReason, 'b.js': SQLI.replace('${req.query.id}`);', '${req.query.id}`); // vouch-ignore[js/sql-injection]') });
  const run = runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--fail-on', 'low'], { cwd: dir });
  const report = JSON.parse(run.stdout);
  const summary = report.findings.map((f: { ruleId: string; location: { path: string; startLine: number }; status: string }) => `${f.location.path}:${f.location.startLine} ${f.ruleId} ${f.status}`).sort();
  assert.deepEqual(summary, [
    'a.js:5 js/sql-injection suppressed',
    'b.js:4 js/sql-injection suppressed',
    'b.js:4 vouch/suppression-without-reason new',
  ]);
  assert.equal(run.status, 1, 'the reasonless suppression is a low finding and fails at --fail-on low');
  assert.equal(runVouch(['scan', '.', '--only', 'code'], { cwd: dir }).status, 0, 'suppressed findings never fail the gate');
});

test('baseline: existing findings pass, a new one fails, and the baseline survives unrelated edits', () => {
  const dir = tempProject({ 'app.js': SQLI });
  const created = runVouch(['baseline', 'create', '.', '--only', 'code'], { cwd: dir });
  assert.equal(created.status, 0);
  const baseline = readFileSync(join(dir, '.vouch-baseline.json'), 'utf8');
  assert.doesNotMatch(baseline, /SELECT/, 'a baseline holds fingerprints, not code');
  assert.equal(runVouch(['scan', '.', '--only', 'code', '--baseline', '.vouch-baseline.json'], { cwd: dir }).status, 0);
  // Unrelated edit above the finding: lines move, the fingerprint does not.
  writeFileSync(join(dir, 'app.js'), '// a comment\n\n' + SQLI);
  const moved = runVouch(['scan', '.', '--only', 'code', '--baseline', '.vouch-baseline.json', '--format', 'json'], { cwd: dir });
  assert.equal(moved.status, 0);
  assert.deepEqual(JSON.parse(moved.stdout).findings.map((f: { status: string }) => f.status), ['baseline']);
  // A second, new injection fails the gate.
  writeFileSync(join(dir, 'app.js'), SQLI + "app.get('/v', (req, res) => db.query('DELETE FROM t WHERE id = ' + req.query.id));\n");
  const added = runVouch(['scan', '.', '--only', 'code', '--baseline', '.vouch-baseline.json', '--format', 'json'], { cwd: dir });
  assert.equal(added.status, 1);
  assert.deepEqual(JSON.parse(added.stdout).findings.map((f: { status: string; location: { startLine: number } }) => `${f.location.startLine}:${f.status}`), ['4:baseline', '7:new']);
  assert.equal(runVouch(['scan', '.', '--baseline', 'missing.json'], { cwd: dir }).status, 2);
});

test('rule settings in .vouch.yml turn rules off and change severities', () => {
  const dir = tempProject({ 'app.js': SQLI, '.vouch.yml': 'rules:\n  js/sql-injection: low\n' });
  const run = runVouch(['scan', '.', '--only', 'code', '--format', 'json'], { cwd: dir });
  assert.equal(run.status, 0);
  assert.equal(JSON.parse(run.stdout).findings[0].severity, 'low');
  writeFileSync(join(dir, '.vouch.yml'), 'rules:\n  "js/*": off\n');
  assert.equal(JSON.parse(runVouch(['scan', '.', '--only', 'code', '--format', 'json'], { cwd: dir }).stdout).findings.length, 0);
});

test('--staged scans the index content, not the working tree; --changed-since scans only changed files', () => {
  const dir = tempProject({ 'old.js': SQLI, 'clean.js': SAFE });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'init');
  // Stage a vulnerable version, then make the working tree clean again: --staged must see the staged one.
  writeFileSync(join(dir, 'clean.js'), SQLI);
  git(dir, 'add', 'clean.js');
  writeFileSync(join(dir, 'clean.js'), SAFE);
  const staged = runVouch(['scan', '--staged', '--only', 'code', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  assert.equal(staged.status, 0);
  const paths = JSON.parse(staged.stdout).findings.map((f: { location: { path: string } }) => f.location.path);
  assert.deepEqual(paths, ['clean.js'], 'only the staged file, with its staged content');
  git(dir, 'commit', '-q', '-m', 'second');
  writeFileSync(join(dir, 'clean.js'), SQLI); // the working tree now matches the commit
  const changed = runVouch(['scan', '--changed-since', 'HEAD~1', '--only', 'code', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  assert.deepEqual(JSON.parse(changed.stdout).findings.map((f: { location: { path: string } }) => f.location.path), ['clean.js']);
  assert.equal(runVouch(['scan', '--changed-since', 'no-such-ref', '--only', 'code'], { cwd: dir }).status, 2);
  const notRepo = tempProject({ 'a.js': SAFE });
  const r = runVouch(['scan', '--staged', '--only', 'code'], { cwd: notRepo });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not inside a git repository/);
});

test('.gitignore, node_modules and build output are skipped by default and can be included', () => {
  const dir = tempProject({
    'src/app.js': SQLI,
    'node_modules/lib/index.js': SQLI,
    'dist/app.js': SQLI,
    'generated/x.js': SQLI,
    '.gitignore': 'generated/\n',
  });
  const paths = (extra: string[]) => JSON.parse(runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--fail-on', 'none', ...extra], { cwd: dir }).stdout)
    .findings.map((f: { location: { path: string } }) => f.location.path).sort();
  assert.deepEqual(paths([]), ['src/app.js']);
  writeFileSync(join(dir, '.vouch.yml'), 'skip:\n  nodeModules: false\n  buildOutput: false\n  gitignored: false\n');
  assert.deepEqual(paths([]), ['dist/app.js', 'generated/x.js', 'node_modules/lib/index.js', 'src/app.js']);
});

test('a folder named like build output inside a route tree is a URL segment: scanned', () => {
  const dir = tempProject({
    'package.json': JSON.stringify({ name: 'site' }),
    'app/api/out/route.js': SQLI,
    'src/routes/build/x.js': SQLI,
    'out/index.js': SQLI,
    'apps/api/package.json': JSON.stringify({ name: 'api' }),
    'apps/api/dist/index.js': SQLI,
  });
  const paths = JSON.parse(runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--fail-on', 'none'], { cwd: dir }).stdout)
    .findings.map((f: { location: { path: string } }) => f.location.path).sort();
  assert.deepEqual(paths, ['app/api/out/route.js', 'src/routes/build/x.js']);
});

test('a build-output folder that a package.json without src/ points its entry into is the package: scanned', () => {
  // An unpacked package (`files: ["dist"]`): its compiled code is all there is.
  const published = tempProject({ 'package.json': JSON.stringify({ name: 'pkg', main: './dist/index.js' }), 'dist/index.js': SQLI, 'build/x.js': SQLI });
  const paths = (dir: string) => JSON.parse(runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--fail-on', 'none'], { cwd: dir }).stdout)
    .findings.map((f: { location: { path: string } }) => f.location.path).sort();
  assert.deepEqual(paths(published), ['dist/index.js'], 'dist/ (the entry) is scanned, build/ (nothing points there) is not');
  // Through `exports` conditions too.
  const conditions = tempProject({ 'package.json': JSON.stringify({ name: 'pkg', exports: { '.': { require: './build/cjs/index.js' } } }), 'build/cjs/index.js': SQLI });
  assert.deepEqual(paths(conditions), ['build/cjs/index.js']);
  // Sources elsewhere (axios: lib/), the entry at the top, bundles in dist/ for some conditions: skipped.
  const bundles = tempProject({ 'package.json': JSON.stringify({ name: 'pkg', main: 'index.js', exports: { '.': { browser: './dist/browser.cjs', default: './index.js' } } }), 'index.js': SAFE, 'dist/browser.cjs': SQLI });
  assert.deepEqual(paths(bundles), []);
  // A repository that builds dist/ from src/: dist/ stays skipped.
  const repo = tempProject({ 'package.json': JSON.stringify({ name: 'pkg', main: 'dist/index.js' }), 'src/index.js': SQLI, 'dist/index.js': SQLI });
  assert.deepEqual(paths(repo), ['src/index.js']);
});

test('paths whose only common directory is / make / the root, in time (the search for it used to spin)', async () => {
  const { chooseRoot } = await import('../../src/cli/commands/scan.js');
  const dir = tempProject({ 'a.js': 'const a = 1;\n' });
  // A second tree under another top-level directory than the temp one.
  const other = process.platform === 'win32' ? undefined : ['/etc', '/usr', '/var'].find((d) => !dir.startsWith(d + '/'));
  if (!other) return;
  assert.equal(chooseRoot(dir, [join(dir, 'a.js'), other]), '/');
  assert.equal(chooseRoot(dir, [join(dir, 'a.js')]), dir);
});
