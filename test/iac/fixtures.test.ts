/**
 * Infrastructure-as-code twin of test/code/fixtures.test.ts. Runs every annotated rule fixture (`src/analyzers/**\/rules/<rule>.fixture.<ext>` files and
 * `<rule>.fixture/` directories for cross-file cases) through a real scan, and checks that the
 * rule fires on exactly the lines marked `// ruleid: <id>` (the line below the comment) and on no
 * other line — so every `// ok: <id>` case is a must-not-flag assertion.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';

const ROOT = process.cwd();
const RULE_DIRS = ['src/analyzers/iac/rules'];
const ANNOTATION = /(?:\/\/|#|\/\*|\{\/\*)\s*(ruleid|ok):\s*([\w/*,. -]+?)\s*(?:\*\/\}?)?\s*$/;

interface Expectation { ruleId: string; line: number }

function fixtureEntries(): { name: string; path: string; ruleId: string }[] {
  const out: { name: string; path: string; ruleId: string }[] = [];
  for (const dir of RULE_DIRS) {
    const abs = join(ROOT, dir);
    for (const entry of readdirSync(abs)) {
      const m = /^(.+)\.fixture(\.[a-z]+)?$/.exec(entry);
      if (!m) continue;
      const prefix = 'iac';
      out.push({ name: entry, path: join(abs, entry), ruleId: `${prefix}/${m[1]}` });
    }
  }
  return out;
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((e) => filesUnder(join(path, e)));
}

/** `// ruleid: a, b` marks the next code line (skipping further annotation lines). */
function expectations(file: string): Expectation[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Expectation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]!);
    if (!m || m[1] !== 'ruleid') continue;
    let target = i + 1;
    while (target < lines.length && ANNOTATION.test(lines[target]!)) target++;
    for (const id of m[2]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push({ ruleId: id, line: target + 1 });
  }
  return out;
}

const entries = fixtureEntries();

test('every iac rule has a fixture with cases that must flag and cases that must not', async () => {
  const { IAC_RULES } = await import('../../src/analyzers/iac/rules/index.js');
  const withFixtures = new Set(entries.map((e) => e.ruleId));
  for (const rule of IAC_RULES) {
    assert.ok(withFixtures.has(rule.meta.id), `${rule.meta.id} has no fixture`);
    const fx = entries.filter((e) => e.ruleId === rule.meta.id).flatMap((e) => filesUnder(e.path));
    const text = fx.map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.match(text, new RegExp(`ruleid:\\s*[^\\n]*${rule.meta.id.replace('/', '\\/')}`), `${rule.meta.id}: no positive case`);
    assert.match(text, new RegExp(`ok:\\s*[^\\n]*${rule.meta.id.replace('/', '\\/')}`), `${rule.meta.id}: no negative case`);
  }
});

for (const entry of entries) {
  test(`fixture ${entry.name}`, async () => {
    const config = defaultConfig();
    const result = await runScan({ root: ROOT, paths: [entry.path], config, groups: ['iac'], jobs: 1, failOn: 'none' });
    const errors = result.notices.filter((n) => n.level === 'error');
    assert.deepEqual(errors.map((e) => `${e.path}: ${e.reason}`), [], 'fixture must scan without errors');
    const files = filesUnder(entry.path).map((f) => relative(ROOT, f).split(sep).join('/'));
    const expected = new Set<string>();
    for (const f of filesUnder(entry.path)) {
      for (const e of expectations(f)) if (e.ruleId === entry.ruleId) expected.add(`${relative(ROOT, f).split(sep).join('/')}:${e.line}`);
    }
    const actual = new Set(
      result.findings
        .filter((f) => f.ruleId === entry.ruleId && files.includes(f.location.path))
        .map((f) => `${f.location.path}:${f.location.startLine}`),
    );
    const missing = [...expected].filter((x) => !actual.has(x));
    const unexpected = [...actual].filter((x) => !expected.has(x));
    const detail = result.findings.filter((f) => unexpected.includes(`${f.location.path}:${f.location.startLine}`) && f.ruleId === entry.ruleId).map((f) => `  ${f.location.path}:${f.location.startLine} ${f.message}`);
    assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] }, `${entry.ruleId}\n${detail.join('\n')}`);
  });
}
