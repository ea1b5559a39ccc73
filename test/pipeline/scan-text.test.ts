import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanText } from '../../src/pipeline/scan-text.js';
import { defaultConfig } from '../../src/config/schema.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';

const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n";
const SAFE = "const { execFile } = require('child_process');\nmodule.exports = (req, res) => execFile('ls', ['--', String(req.query.dir)]);\n";

test('scanText flags code in memory at the given path without creating the file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-text-'));
  const res = await scanText({ root, path: 'src/run.js', text: VULN, config: defaultConfig() });
  assert.deepEqual(res.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine]), [['js/command-injection', 'src/run.js', 2]]);
  assert.equal(existsSync(join(root, 'src/run.js')), false);
  const safe = await scanText({ root, path: 'src/run.js', text: SAFE, config: defaultConfig() });
  assert.deepEqual(safe.findings.map((f) => f.ruleId), []);
});

test('scanText finds secrets in any text and never returns the value', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-text-'));
  const token = `ghp_${rand('alnum', 36)}`;
  const res = await scanText({ root, path: 'notes.txt', text: `deploy with\ntoken = "${token}"\n`, config: defaultConfig() });
  assert.ok(res.findings.length >= 1);
  assert.ok(res.findings.every((f) => f.location.startLine === 2));
  assert.ok(!JSON.stringify(res).includes(token));
});
