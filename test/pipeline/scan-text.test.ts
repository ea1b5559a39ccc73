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

test('a hard-coded secret that a code rule and the secrets detector both see is reported once, by the secrets detector, with the stronger rating', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-text-'));
  const key = `Qm9v${rand('alnum', 32)}`;
  const text = [
    "const jwt = require('jsonwebtoken');",
    `const SIGNING_KEY = '${key}';`,
    "module.exports = (user) => jwt.sign({ sub: user.id }, SIGNING_KEY, { expiresIn: '1h' });",
    "const { Pool } = require('pg');",
    "module.exports.pool = new Pool({ host: 'db', user: 'app', password: 'root' });",
    '',
  ].join('\n');
  const res = await scanText({ root, path: 'src/auth.js', text, config: defaultConfig() });
  const at = res.findings.map((f) => [f.ruleId, f.location.startLine]).sort();
  // Line 2: one finding (the code rule's js/jwt-hardcoded-secret is folded into it); line 5: a short
  // password the secrets detector does not report stays with the code rule.
  assert.deepEqual(at, [['js/hardcoded-credentials', 5], ['secrets/generic-credential', 2]]);
  const secret = res.findings.find((f) => f.ruleId === 'secrets/generic-credential')!;
  assert.equal(secret.severity, 'high');
  assert.equal(secret.confidence, 'high');
  const codeOnly = await scanText({ root, path: 'src/auth.js', text, config: defaultConfig(), groups: ['code'] });
  assert.ok(codeOnly.findings.some((f) => f.ruleId === 'js/jwt-hardcoded-secret' && f.location.startLine === 2));
  assert.ok(!JSON.stringify(res).includes(key));
});
