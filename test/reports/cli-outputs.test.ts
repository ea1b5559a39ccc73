/**
 * End to end: the real CLI scans a real git repo in a temp dir and writes every format in one run
 * (`--output FORMAT=FILE`, repeated); each file is checked against its schema or parser.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { errorsOf, sarifValidator, vouchReportValidator } from './validators.js';

const BIN = join(process.cwd(), 'bin/vouch.js');

const APP = `const express = require('express');
const app = express();
app.get('/users', async (req, res) => {
  const { rows } = await pool.query(\`SELECT * FROM users WHERE name = '\${req.query.name}'\`);
  res.json(rows);
});
app.get('/ok', async (req, res) => {
  // vouch-ignore[js/sql-injection]: name is checked against an allow-list upstream
  const { rows } = await pool.query(\`SELECT * FROM t WHERE name = '\${req.query.name}'\`);
  res.json(rows);
});
`;

describe('reports written by the real CLI', () => {
  let dir = '';
  let run: { status: number | null; stdout: string; stderr: string };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vouch-reports-'));
    spawnSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/app.js'), APP);
    writeFileSync(join(dir, 'src/broken.js'), 'function (\n');
    const r = spawnSync(process.execPath, [BIN, 'scan', '.', '--output', 'sarif=out/r.sarif', '--output', 'json=out/r.json',
      '--output', 'junit=out/r.xml', '--format', 'text'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    run = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the gate and prints the text report with the reason', () => {
    assert.equal(run.status, 1, run.stderr);
    assert.ok(run.stdout.includes('src/app.js\n'));
    assert.match(run.stdout, /^ {2}4:\d+ +\S+ +SQL injection.*js\/sql-injection/m);
    assert.ok(run.stdout.includes("new finding at or above 'high'"));
    assert.equal(run.stdout.includes('\u001b'), false);
  });

  it('writes SARIF that the official 2.1.0 schema accepts, with the finding, suppression and scan error', () => {
    const validate = sarifValidator();
    const log = JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8'));
    assert.equal(validate(log), true, errorsOf(validate));
    const results = log.runs[0].results as { ruleId: string; locations: any[]; suppressions?: any[]; codeFlows?: unknown[] }[];
    const lines = results.map((r) => `${r.ruleId}:${r.locations[0].physicalLocation.region.startLine}:${r.suppressions ? 'suppressed' : 'open'}`);
    assert.deepEqual(lines.sort(), ['js/sql-injection:4:open', 'js/sql-injection:9:suppressed']);
    assert.ok(results.find((r) => !r.suppressions)!.codeFlows, 'taint finding has a code flow');
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    assert.ok(notes.some((n: any) => n.level === 'error' && n.locations[0].physicalLocation.artifactLocation.uri === 'src/broken.js'));
    assert.equal(JSON.stringify(log).includes(dir), false, 'no absolute temp path in SARIF');
  });

  it('writes JSON that its schema accepts', () => {
    const validate = vouchReportValidator();
    const report = JSON.parse(readFileSync(join(dir, 'out/r.json'), 'utf8'));
    assert.equal(validate(report), true, errorsOf(validate));
    assert.equal(report.root, '.');
    assert.deepEqual(report.summary.byStatus, { new: 1, baseline: 0, suppressed: 1 });
    assert.equal(JSON.stringify(report).includes(dir), false, 'no absolute temp path in JSON');
  });

  it('writes well-formed JUnit XML', () => {
    const xml = readFileSync(join(dir, 'out/r.xml'), 'utf8');
    assert.equal(XMLValidator.validate(xml), true);
    assert.match(xml, /<testsuite name="js\/sql-injection" tests="2" failures="1" errors="0" skipped="1">/);
  });
});
