import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingsIntroduced, changedRegion } from '../../src/pipeline/introduced.js';
import { scanText } from '../../src/pipeline/scan-text.js';
import { defaultConfig, type VouchConfig } from '../../src/config/schema.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';

const root = () => mkdtempSync(join(tmpdir(), 'vouch-intro-'));
const ids = (fs: { ruleId: string; location: { startLine: number } }[]) => fs.map((f) => [f.ruleId, f.location.startLine]);

const BEFORE = [
  "const { exec, execFile } = require('child_process');",
  'module.exports.list = (req, res) => {',
  "  execFile('ls', ['--', String(req.query.dir)]);",
  '};',
  '',
].join('\n');
const VULN_LINE = "  exec('ls ' + req.query.dir);";

test('an edit that adds a command injection introduces exactly that finding', async () => {
  const after = BEFORE.replace("  execFile('ls', ['--', String(req.query.dir)]);", VULN_LINE);
  const res = await findingsIntroduced({ root: root(), path: 'src/run.js', before: BEFORE, after, config: defaultConfig(), threshold: 'high' });
  assert.deepEqual(ids(res.introduced), [['js/command-injection', 3]]);
  assert.deepEqual(res.changedLines, [3, 3]);
});

test('the text before the edit is scanned only when the text after it has a finding at the threshold', async () => {
  const safeAfter = BEFORE.replace("'--'", "'-la', '--'");
  const safe = await findingsIntroduced({ root: root(), path: 'src/run.js', before: BEFORE, after: safeAfter, config: defaultConfig(), threshold: 'high' });
  assert.deepEqual([safe.introduced, safe.before], [[], undefined]);
  const vulnerable = BEFORE.replace("  execFile('ls', ['--', String(req.query.dir)]);", VULN_LINE);
  const kept = await findingsIntroduced({ root: root(), path: 'src/run.js', before: vulnerable, after: vulnerable + '// end\n', config: defaultConfig(), threshold: 'high' });
  assert.deepEqual([kept.introduced, ids(kept.before ?? [])], [[], [['js/command-injection', 3]]]);
});

test('an edit elsewhere keeps an existing finding: nothing introduced although its line moved', async () => {
  const vulnerable = BEFORE.replace("  execFile('ls', ['--', String(req.query.dir)]);", VULN_LINE);
  const after = '// lists a directory\n\n' + vulnerable;
  const res = await findingsIntroduced({ root: root(), path: 'src/run.js', before: vulnerable, after, config: defaultConfig(), threshold: 'low' });
  assert.deepEqual(ids(res.after).filter(([r]) => r === 'js/command-injection'), [['js/command-injection', 5]]);
  assert.deepEqual(res.introduced, []);
});

test('copying a vulnerable line introduces the copy, reported at the copy', async () => {
  const vulnerable = BEFORE.replace("  execFile('ls', ['--', String(req.query.dir)]);", VULN_LINE);
  const after = vulnerable.replace('};\n', "};\nmodule.exports.again = (req, res) => {\n" + VULN_LINE + '\n};\n');
  const res = await findingsIntroduced({ root: root(), path: 'src/run.js', before: vulnerable, after, config: defaultConfig(), threshold: 'high' });
  assert.deepEqual(ids(res.introduced), [['js/command-injection', 6]]);
});

test('a new file: every finding at or above the threshold is introduced; below it is not', async () => {
  const text = "const app = require('express')();\nconst cors = require('cors');\napp.use(cors({ origin: '*', credentials: true }));\n";
  const high = await findingsIntroduced({ root: root(), path: 'app.js', before: undefined, after: text, config: defaultConfig(), threshold: 'high' });
  assert.deepEqual(ids(high.introduced), [['js/permissive-cors', 3]]);
  const config: VouchConfig = { ...defaultConfig(), rules: { 'js/permissive-cors': 'medium' } };
  const res = await findingsIntroduced({ root: root(), path: 'app.js', before: undefined, after: text, config, threshold: 'high' });
  assert.deepEqual(res.introduced, []);
  assert.deepEqual(ids(res.after), [['js/permissive-cors', 3]]);
});

test('a suppression with a reason keeps the finding out; rules turned off are not reported at all', async () => {
  const after = BEFORE.replace("  execFile('ls', ['--', String(req.query.dir)]);", "  // vouch-ignore[js/command-injection]: dir is checked by the router\n" + VULN_LINE);
  const res = await findingsIntroduced({ root: root(), path: 'src/run.js', before: BEFORE, after, config: defaultConfig(), threshold: 'high' });
  assert.deepEqual(res.introduced, []);
  assert.deepEqual(res.after.map((f) => [f.ruleId, f.status]), [['js/command-injection', 'suppressed']]);
  const off = await scanText({ root: root(), path: 'src/run.js', text: after.replace(/ *\/\/ vouch-ignore.*\n/, ''), config: { ...defaultConfig(), rules: { 'js/command-*': 'off' } } });
  assert.deepEqual(off.findings, []);
});

test('a secret: adding one introduces it (never its value); moving it does not', async () => {
  const token = `ghp_${rand('alnum', 36)}`;
  const before = 'export const a = 1;\n';
  const after = `export const a = 1;\nexport const token = "${token}";\n`;
  const res = await findingsIntroduced({ root: root(), path: 'src/config.js', before, after, config: defaultConfig(), threshold: 'high' });
  assert.ok(res.introduced.length >= 1);
  assert.ok(res.introduced.every((f) => f.ruleId.startsWith('secrets/') && f.location.startLine === 2), JSON.stringify(ids(res.introduced)));
  assert.ok(!JSON.stringify(res).includes(token));
  const moved = `// config\nexport const token = "${token}";\nexport const a = 1;\n`;
  const res2 = await findingsIntroduced({ root: root(), path: 'src/config.js', before: after, after: moved, config: defaultConfig(), threshold: 'low' });
  assert.deepEqual(res2.introduced, []);
});

test('package.json: the manifest checks read the text, not the file on disk', async () => {
  const dir = root();
  // The file on disk is harmless; only the proposed text adds the denied package.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', dependencies: { express: '4.21.2' } }, null, 2));
  const before = JSON.stringify({ name: 'app', dependencies: { express: '4.21.2' } }, null, 2) + '\n';
  const after = JSON.stringify({ name: 'app', dependencies: { express: '4.21.2', 'left-pad': '1.3.0' } }, null, 2) + '\n';
  const config: VouchConfig = { ...defaultConfig(), dependencies: { deny: ['left-pad'] } };
  const res = await findingsIntroduced({ root: dir, path: 'package.json', before, after, config, threshold: 'high' });
  assert.deepEqual(ids(res.introduced), [['deps/denied-package', 5]]);
  const typo = JSON.stringify({ name: 'app', dependencies: { expresss: '4.21.2' } }, null, 2) + '\n';
  const t = await scanText({ root: dir, path: 'package.json', text: typo, config: defaultConfig() });
  assert.deepEqual(ids(t.findings).filter(([r]) => r === 'deps/typosquat'), [['deps/typosquat', 4]]);
});

test('changedRegion spans the lines between the common head and tail', () => {
  assert.deepEqual(changedRegion('a\nb\nc\n', 'a\nX\nY\nc\n'), [2, 3]);
  assert.deepEqual(changedRegion('a\nb\n', 'a\nb\n'), undefined);
  assert.deepEqual(changedRegion('a\nb\nc', 'a\nc'), [2, 2]);
});
