/**
 * CommonJS wraps each file in a function, so a top-level `return` (an early exit in a bin script
 * such as `if (require.main !== module) return`) is valid there: such a file is scanned, not a
 * syntax error. ES modules never allow it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVouch, tempProject } from '../helpers/cli.js';

const CJS_BIN = [
  '#!/usr/bin/env node',
  "const { execSync } = require('child_process');",
  'const target = process.argv[2];',
  'if (!target) {',
  "  console.error('usage: unpack FILE');",
  '  return;',
  '}',
  "execSync('tar xf ' + target);",
  '',
].join('\n');

test('a CommonJS file with a top-level return is parsed and its flaws reported; an ES module with one is a syntax error', () => {
  const dir = tempProject({
    'bin/unpack.js': CJS_BIN,
    'lib/unpack.cjs': CJS_BIN,
    'lib/unpack.mjs': "import { execSync } from 'node:child_process';\nif (!process.argv[2]) return;\nexecSync('tar xf ' + process.argv[2]);\n",
  });
  const run = runVouch(['scan', '.', '--only', 'code', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string; reason: string }[] };
  assert.deepEqual(report.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort(), [
    'js/command-injection bin/unpack.js:8',
    'js/command-injection lib/unpack.cjs:8',
  ]);
  const errors = report.notices.filter((n) => n.level === 'error');
  assert.deepEqual(errors.map((n) => n.path), ['lib/unpack.mjs']);
  assert.match(errors[0]!.reason, /return/);
});
