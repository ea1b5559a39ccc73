import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runVouch, tempProject } from '../helpers/cli.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';

const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n";

test('scan --stdin --stdin-filename scans the piped text as that file, in every format, without touching the disk', () => {
  // The file on disk is harmless: only the piped text is scanned.
  const dir = tempProject({ 'src/run.js': 'module.exports = () => 1;\n' });
  const text = runVouch(['scan', '--stdin', '--stdin-filename', 'src/run.js', '--no-color'], { cwd: dir, input: VULN });
  assert.equal(text.status, 1, text.stderr);
  assert.match(text.stdout, /src\/run\.js[\s\S]*2:\d+ +critical .*js\/command-injection/);
  const json = runVouch(['scan', '--stdin', '--stdin-filename', 'src/run.js', '--format', 'json'], { cwd: dir, input: VULN });
  const report = JSON.parse(json.stdout);
  assert.deepEqual(report.findings.map((f: any) => [f.ruleId, f.location.path, f.location.startLine]), [['js/command-injection', 'src/run.js', 2]]);
  const sarif = JSON.parse(runVouch(['scan', '--stdin', '--stdin-filename', 'src/run.js', '--format', 'sarif'], { cwd: dir, input: VULN }).stdout);
  assert.deepEqual(sarif.runs[0].results.map((r: any) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine]), [['js/command-injection', 'src/run.js', 2]]);
  for (const format of ['markdown', 'junit']) {
    const out = runVouch(['scan', '--stdin', '--stdin-filename', 'src/run.js', '--format', format], { cwd: dir, input: VULN });
    assert.equal(out.status, 1);
    assert.match(out.stdout, /js\/command-injection/);
  }
  const safe = runVouch(['scan', '--stdin', '--stdin-filename', 'lib/new.js', '--format', 'json'], { cwd: dir, input: 'export const add = (a, b) => a + b;\n' });
  assert.equal(safe.status, 0, safe.stderr);
  assert.equal(JSON.parse(safe.stdout).stats.filesScanned, 1);
  assert.equal(existsSync(join(dir, 'lib/new.js')), false);
});

test('scan --stdin: the file name picks the analyzers (secrets in any text), and a secret is redacted', () => {
  const dir = tempProject({});
  const token = `ghp_${rand('alnum', 36)}`;
  const res = runVouch(['scan', '--stdin', '--stdin-filename', 'deploy.env', '--format', 'json'], { cwd: dir, input: `GITHUB_TOKEN=${token}\n` });
  assert.equal(res.status, 1, res.stderr);
  const report = JSON.parse(res.stdout);
  assert.ok(report.findings.length >= 1 && report.findings.every((f: any) => f.ruleId.startsWith('secrets/') && f.location.path === 'deploy.env'));
  assert.ok(!res.stdout.includes(token));
});

test('scan --stdin: usage errors for a missing file name, paths or --staged', () => {
  const dir = tempProject({});
  const cases: [string[], RegExp][] = [
    [['scan', '--stdin'], /--stdin needs --stdin-filename/],
    [['scan', '--stdin-filename', 'a.js'], /--stdin-filename needs --stdin/],
    [['scan', '--stdin', '--stdin-filename', 'a.js', 'src'], /give no paths/],
    [['scan', '--stdin', '--stdin-filename', 'a.js', '--staged'], /cannot be combined/],
  ];
  for (const [args, msg] of cases) {
    const res = runVouch(args, { cwd: dir, input: VULN });
    assert.equal(res.status, 2, args.join(' '));
    assert.match(res.stderr, msg);
  }
});
