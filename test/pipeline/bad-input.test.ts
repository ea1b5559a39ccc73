/**
 * Bad input is data, not a crash: every kind of hostile or broken file is reported with its path
 * and reason, the rest of the scan goes on, and the exit code follows the documented policy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runVouch, tempProject } from '../helpers/cli.js';

const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n";

function scanJson(dir: string, extra: string[] = []) {
  const run = runVouch(['scan', '.', '--only', 'code,secrets', '--format', 'json', '--fail-on', 'none', ...extra], { cwd: dir });
  return { run, report: JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string; reason: string }[]; stats: { filesScanned: number } } };
}

test('binary, empty, non-UTF-8, minified, broken and deeply nested files are reported; the good file is still scanned', () => {
  const deep = 'const x = ' + '[\n'.repeat(10_000) + ']\n'.repeat(10_000) + ';\n';
  const dir = tempProject({
    'good.js': VULN,
    'empty.js': '',
    'image.js': Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff]),
    'latin1.js': Buffer.concat([Buffer.from("// caf"), Buffer.from([0xe9]), Buffer.from("\nconst s = 'ok';\n")]),
    'bundle.js': 'var a=1;'.repeat(2000) + '\n',
    'broken.ts': 'export function (x: number {\n  return x +;\n',
    'deep.js': deep,
  });
  const { run, report } = scanJson(dir);
  assert.equal(run.status, 3, 'a file that cannot be parsed makes the scan incomplete (scanErrors: fail)');
  const byPath = new Map(report.notices.map((n) => [n.path, n]));
  assert.equal(byPath.get('image.js')?.level, 'skipped');
  assert.match(byPath.get('image.js')!.reason, /binary/);
  assert.equal(byPath.get('latin1.js')?.level, 'warning');
  assert.match(byPath.get('latin1.js')!.reason, /UTF-8/);
  assert.equal(byPath.get('bundle.js')?.level, 'skipped');
  assert.match(byPath.get('bundle.js')!.reason, /minified/);
  assert.equal(byPath.get('broken.ts')?.level, 'error');
  assert.match(byPath.get('broken.ts')!.reason, /syntax error at line \d+/);
  assert.equal(byPath.has('deep.js'), false, '10,000 levels of nesting parse (no stack overflow, no notice)');
  assert.equal(byPath.has('empty.js'), false);
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'js/command-injection').map((f) => `${f.location.path}:${f.location.startLine}`), ['good.js:2']);
  assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace for the user');
});

test('compiled code with an inline source map is scanned; a minified bundle with one is still skipped', () => {
  const map = '//# sourceMappingURL=data:application/json;charset=utf-8;base64,' + 'eyJ2ZXJzaW9uIjozfQ'.repeat(2000) + '\n';
  const dir = tempProject({ 'compiled.js': VULN + map, 'bundle.js': 'var a=1;'.repeat(2000) + '\n' + map });
  const { report } = scanJson(dir);
  const byPath = new Map(report.notices.map((n) => [n.path, n]));
  assert.equal(byPath.has('compiled.js'), false);
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'js/command-injection').map((f) => `${f.location.path}:${f.location.startLine}`), ['compiled.js:2']);
  assert.match(byPath.get('bundle.js')?.reason ?? '', /minified/);
});

test('scanErrors: warn reports broken files without failing the run', () => {
  const dir = tempProject({ 'good.js': "console.log('hi');\n", 'broken.js': 'function (\n', '.vouch.yml': 'scanErrors: warn\n' });
  const { run, report } = scanJson(dir);
  assert.equal(run.status, 0);
  assert.equal(report.notices.find((n) => n.path === 'broken.js')?.level, 'error');
});

test('nothing scannable → exit 3 even with scanErrors: warn', () => {
  const dir = tempProject({ 'broken.js': 'function (\n', '.vouch.yml': 'scanErrors: warn\n' });
  const run = runVouch(['scan', '.', '--only', 'code', '--fail-on', 'none'], { cwd: dir });
  // The file is read (secrets would scan it) but code analysis failed: with only `code`, nothing was analysed.
  assert.equal(run.status, 3);
  assert.match(run.stdout, /broken\.js/);
});

test('files over the size limit are skipped with a clear notice', () => {
  const dir = tempProject({ 'big.js': 'x'.repeat(5000) + '\n', 'small.js': VULN, '.vouch.yml': 'maxFileSize: 1000\n' });
  const { run, report } = scanJson(dir);
  assert.equal(run.status, 0);
  const big = report.notices.find((n) => n.path === 'big.js');
  assert.equal(big?.level, 'skipped');
  assert.match(big!.reason, /over the .*limit \(maxFileSize\)/);
  assert.equal(report.findings.some((f) => f.location.path === 'small.js'), true);
});

test('symlink loops and links out of the root do not hang or escape', () => {
  const outside = tempProject({ 'secret.js': VULN });
  const dir = tempProject({ 'src/app.js': VULN });
  symlinkSync(join(dir, 'src'), join(dir, 'src', 'loop'));
  symlinkSync(join(outside, 'secret.js'), join(dir, 'src', 'outside.js'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'src', 'dangling.js'));
  const { run, report } = scanJson(dir);
  assert.equal(run.status, 0);
  assert.deepEqual([...new Set(report.findings.filter((f) => f.ruleId.startsWith('js/')).map((f) => f.location.path))], ['src/app.js']);
  const outsideNotice = report.notices.find((n) => n.path === 'src/outside.js');
  assert.match(outsideNotice!.reason, /outside the scanned root/);
  assert.ok(report.notices.some((n) => n.path === 'src/dangling.js'));
});

test('a file that vanishes or cannot be read between discovery and analysis is an error with its path', async () => {
  const { processFile } = await import('../../src/pipeline/process-file.js');
  const { defaultConfig } = await import('../../src/config/schema.js');
  const { codeAnalyzer } = await import('../../src/analyzers/code/index.js');
  const dir = tempProject({});
  const outcome = processFile(
    { path: 'gone.js', absPath: join(dir, 'gone.js'), kind: 'javascript', size: 10 },
    { config: defaultConfig(), analyzers: [codeAnalyzer], rules: new Map() },
  );
  assert.equal(outcome.scanned, false);
  assert.deepEqual(outcome.notices, [{ path: 'gone.js', level: 'error', reason: 'cannot read file (ENOENT)' }]);
});

test('a broken or unknown-key .vouch.yml is a usage error (exit 2) naming the file and key', () => {
  const badKey = tempProject({ 'a.js': VULN, '.vouch.yml': 'failOn: high\nfailon: low\n' });
  const r1 = runVouch(['scan', '.'], { cwd: badKey });
  assert.equal(r1.status, 2);
  assert.match(r1.stderr, /\.vouch\.yml: unknown key 'failon'/);
  const badYaml = tempProject({ 'a.js': VULN, '.vouch.yml': 'rules: [unclosed\n' });
  const r2 = runVouch(['scan', '.'], { cwd: badYaml });
  assert.equal(r2.status, 2);
  assert.match(r2.stderr, /\.vouch\.yml: invalid YAML/);
  const badValue = tempProject({ 'a.js': VULN, '.vouch.yml': 'failOn: sometimes\n' });
  const r3 = runVouch(['scan', '.'], { cwd: badValue });
  assert.equal(r3.status, 2);
  assert.match(r3.stderr, /'failOn' must be one of/);
  assert.doesNotMatch(r1.stderr + r2.stderr + r3.stderr, /^\s+at /m);
});

test('a FIFO in the tree is never opened (reading it would block forever)', () => {
  const dir = tempProject({ 'a.js': VULN });
  mkdirSync(join(dir, 'pipes'));
  spawnSync('mkfifo', [join(dir, 'pipes', 'fifo.js')]);
  assert.ok(existsSync(join(dir, 'pipes', 'fifo.js')));
  const { run, report } = scanJson(dir);
  assert.equal(run.status, 0);
  assert.equal(report.findings.some((f) => f.location.path === 'pipes/fifo.js'), false);
});
