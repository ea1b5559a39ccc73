/**
 * Shared harness for rule fixtures. Runs every annotated fixture of one analyzer group
 * (`<rules dir>/<rule>.fixture.<ext>` files and `<rule>.fixture/` directories for cross-file
 * cases) through a real scan, and checks that each rule fires on exactly the lines marked
 * `// ruleid: <id>` (or `# ruleid:`; the line below the comment) and on no other line — so every
 * `// ok: <id>` case is a must-not-flag assertion. Also checks that every rule of the group has
 * a fixture with at least one case of each kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';

const ROOT = process.cwd();
// View files too: EJS `<%# %>`, Pug `//-`, Handlebars/Mustache `{{! }}`/`{{!-- --}}`, Nunjucks `{# #}`.
const ANNOTATION = /(?:\/\/-?|#|\/\*|\{\/\*|<!--|<%#|\{\{!(?:--)?|\{#)\s*(ruleid|ok):\s*([\w/*,. -]+?)\s*(?:\*\/\}?|-->|%>|--\}\}|\}\}|#\})?\s*$/;

interface FixtureEntry { name: string; path: string; ruleId: string }
interface Expectation { ruleId: string; line: number }

export interface FixtureSuite {
  /** Analyzer group that scans the fixtures. */
  group: 'code' | 'secrets' | 'deps' | 'iac';
  /** Rules directory, relative to the repository root. */
  rulesDir: string;
  /** Rule id prefix: `js` for `js/sql-injection`. */
  idPrefix: string;
  /** Loads the group's rule definitions (lazily, so a broken rule fails one test, not the file). */
  loadRules: () => Promise<readonly { meta: { id: string } }[]>;
}

function fixtureEntries(suite: FixtureSuite): FixtureEntry[] {
  const abs = join(ROOT, suite.rulesDir);
  const out: FixtureEntry[] = [];
  for (const entry of readdirSync(abs)) {
    const m = /^(.+)\.fixture(\.[a-z]+)?$/.exec(entry);
    if (m) out.push({ name: entry, path: join(abs, entry), ruleId: `${suite.idPrefix}/${m[1]}` });
  }
  return out;
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((e) => filesUnder(join(path, e)));
}

const repoPath = (file: string) => relative(ROOT, file).split(sep).join('/');

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

/** Registers one node:test per fixture plus the coverage test for the whole group. */
export function defineFixtureTests(suite: FixtureSuite): void {
  const entries = fixtureEntries(suite);

  test(`every ${suite.group} rule has a fixture with cases that must flag and cases that must not`, async () => {
    const withFixtures = new Set(entries.map((e) => e.ruleId));
    for (const rule of await suite.loadRules()) {
      const id = rule.meta.id;
      assert.ok(withFixtures.has(id), `${id} has no fixture`);
      const text = entries.filter((e) => e.ruleId === id).flatMap((e) => filesUnder(e.path)).map((f) => readFileSync(f, 'utf8')).join('\n');
      const escaped = id.replace('/', '\\/');
      assert.match(text, new RegExp(`ruleid:\\s*[^\\n]*${escaped}`), `${id}: no positive case`);
      assert.match(text, new RegExp(`ok:\\s*[^\\n]*${escaped}`), `${id}: no negative case`);
    }
  });

  for (const entry of entries) {
    test(`fixture ${entry.name}`, async () => {
      const result = await runScan({ root: ROOT, paths: [entry.path], config: defaultConfig(), groups: [suite.group], jobs: 1, failOn: 'none' });
      const errors = result.notices.filter((n) => n.level === 'error');
      assert.deepEqual(errors.map((e) => `${e.path}: ${e.reason}`), [], 'fixture must scan without errors');
      const fixtureFiles = filesUnder(entry.path);
      const files = new Set(fixtureFiles.map(repoPath));
      const expected = new Set<string>();
      for (const f of fixtureFiles) {
        for (const e of expectations(f)) if (e.ruleId === entry.ruleId) expected.add(`${repoPath(f)}:${e.line}`);
      }
      const own = result.findings.filter((f) => f.ruleId === entry.ruleId && files.has(f.location.path));
      const actual = new Set(own.map((f) => `${f.location.path}:${f.location.startLine}`));
      const missing = [...expected].filter((x) => !actual.has(x));
      const unexpected = [...actual].filter((x) => !expected.has(x));
      const detail = own.filter((f) => unexpected.includes(`${f.location.path}:${f.location.startLine}`)).map((f) => `  ${f.location.path}:${f.location.startLine} ${f.message}`);
      assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] }, `${entry.ruleId}\n${detail.join('\n')}`);
    });
  }
}
