/**
 * Semgrep-style annotated fixtures: a line holding `ruleid: <id>` means the next line must be
 * flagged by exactly that rule; `ok: <id>` marks a hard negative. Every finding must be expected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretsAnalyzer } from '../../src/analyzers/secrets/index.js';
import { defaultConfig } from '../../src/config/schema.js';
import { fileKindOf } from '../../src/pipeline/file-kinds.js';
import { fillSlots } from './fixture-values.js';

const DIR = join(process.cwd(), 'test/secrets/fixtures');
const ANNOTATION = /(?:^|[^a-z])(ruleid|ok):\s*(secrets\/[a-z0-9-]+)/;

function expectations(text: string): { expected: string[]; okLines: Map<number, string> } {
  const lines = text.split('\n');
  const expected: string[] = [];
  const okLines = new Map<number, string>();
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (!m) return;
    if (m[1] === 'ruleid') expected.push(`${m[2]}:${i + 2}`);
    else okLines.set(i + 2, m[2]!);
  });
  return { expected: expected.sort(), okLines };
}

const files = readdirSync(DIR).sort();

test('there are fixtures for many file types', () => {
  assert.ok(files.length >= 12, `only ${files.length} fixture files`);
});

for (const name of files) {
  test(`fixture ${name}: exactly the annotated rules and lines are flagged`, () => {
    const template = readFileSync(join(DIR, name), 'utf8');
    const { text, planted } = fillSlots(template);
    const { expected, okLines } = expectations(text);
    assert.ok(expected.length + okLines.size > 0, 'fixture has no annotations');
    const config = defaultConfig();
    const result = secretsAnalyzer.analyzeFile({ path: `fixtures/${name}`, absPath: join(DIR, name), kind: fileKindOf(name), text }, config);
    const actual = result.findings.map((f) => `${f.ruleId}:${f.location.startLine}`).sort();
    assert.deepEqual(actual, expected);
    for (const [line, rule] of okLines) {
      assert.ok(!result.findings.some((f) => f.location.startLine === line), `hard negative for ${rule} at line ${line} was flagged`);
    }
    // Nothing planted leaks into what the analyzer returns.
    const out = JSON.stringify(result);
    for (const secret of planted) assert.ok(!out.includes(secret), `planted value leaked (${secret.slice(0, 4)}…)`);
  });
}
