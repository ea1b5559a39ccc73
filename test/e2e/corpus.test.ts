/**
 * The labelled corpus (bench/corpus/js) and the scoring in bench/quality.mjs are the ground truth
 * that measures the code rules, so they are tested themselves: every file is valid JS/TS, every
 * label names a real rule and sits above a code line, and the matching rules score as documented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSync } from 'oxc-parser';

const ROOT = process.cwd();
const CORPUS = path.join(ROOT, 'bench/corpus/js');
const DEMO = path.join(ROOT, 'examples/ai-app');

interface Label { line: number | null; ids: string[]; labelLine: number }
interface ScoreFinding { ruleId: string; path: string; startLine: number; endLine: number }
interface Counts { tp: number; fp: number; fn: number; recall: number | null; precision: number | null }
interface ScoreResult {
  overall: Counts & { positives: number; duplicates: number };
  rules: Record<string, Counts>;
  falsePositives: ScoreFinding[];
  falseNegatives: { path: string; line: number | null; ids: string[] }[];
}
interface QualityModule {
  listCorpusFiles(dir: string): string[];
  parseLabels(text: string): Label[];
  loadCorpusLabels(dir: string): Map<string, Label[]>;
  score(labels: Map<string, Label[]>, findings: ScoreFinding[]): ScoreResult;
}

// The JS/TS rule ids the product defines (issue 3): labels may only use these.
const KNOWN_JS_RULES = new Set([
  'js/sql-injection', 'js/nosql-injection', 'js/command-injection', 'js/path-traversal', 'js/code-injection',
  'js/xss', 'js/unescaped-template-output', 'js/ssrf', 'js/open-redirect', 'js/prototype-pollution',
  'js/unsafe-deserialization', 'js/xxe', 'js/regex-injection', 'js/log-injection', 'js/jwt-decode-without-verify',
  'js/jwt-missing-algorithms', 'js/jwt-none-algorithm', 'js/jwt-ignore-expiration', 'js/jwt-hardcoded-secret',
  'js/client-side-authorization', 'js/weak-password-hash', 'js/insecure-randomness', 'js/weak-cipher',
  'js/static-iv', 'js/tls-verification-disabled', 'js/permissive-cors', 'js/stack-trace-exposure',
  'js/missing-rate-limit', 'js/empty-catch-security', 'js/hardcoded-credentials',
  // Issue 13 §6: server configuration, ReDoS and key rules.
  'js/cookie-without-secure', 'js/cookie-without-httponly', 'js/missing-security-headers', 'js/directory-listing',
  'js/sensitive-file-exposure', 'js/redos', 'js/hardcoded-key', 'js/csrf',
]);

const quality = (await import(pathToFileURL(path.join(ROOT, 'bench/quality.mjs')).href)) as QualityModule;

function parseErrors(file: string): string[] {
  const result = parseSync(file, readFileSync(file, 'utf8'));
  return result.errors.map((e) => `${path.relative(ROOT, file)}: ${e.message}`);
}

test('corpus: every file is valid JS/TS that parses without errors', () => {
  const files = quality.listCorpusFiles(CORPUS);
  assert.ok(files.length >= 60, `expected at least 60 corpus files, found ${files.length}`);
  const errors = files.flatMap((f) => parseErrors(path.join(CORPUS, f)));
  assert.deepEqual(errors, []);
});

test('corpus: labels name known js/* rules and sit directly above a code line', () => {
  const problems: string[] = [];
  for (const [file, labels] of quality.loadCorpusLabels(CORPUS)) {
    const lines = readFileSync(path.join(CORPUS, file), 'utf8').split(/\r?\n/);
    for (const l of labels) {
      for (const id of l.ids) if (!KNOWN_JS_RULES.has(id)) problems.push(`${file}:${l.labelLine} unknown rule id ${id}`);
      if (l.line === null) {
        problems.push(`${file}:${l.labelLine} label at end of file`);
        continue;
      }
      // Labels may be stacked (two distinct flaws on one line); nothing else may stand between label and line.
      const between = lines.slice(l.labelLine, l.line - 1);
      if (between.some((t) => !/^\s*(?:\{\s*)?(?:\/\/|\/\*)\s*(?:ruleid|ok)\s*:/.test(t))) {
        problems.push(`${file}:${l.labelLine} label is not directly above its line`);
      }
      const target = lines[l.line - 1].trim();
      if (target === '' || target.startsWith('//')) problems.push(`${file}:${l.line} labelled line is not code`);
    }
  }
  assert.deepEqual(problems, []);
});

test('corpus: broad enough — at least 150 positives and every rule class has positives', () => {
  const perRule = new Map<string, number>();
  let positives = 0;
  for (const labels of quality.loadCorpusLabels(CORPUS).values()) {
    for (const l of labels) {
      positives++;
      for (const id of l.ids) perRule.set(id, (perRule.get(id) ?? 0) + 1);
    }
  }
  assert.ok(positives >= 150, `only ${positives} labelled positives`);
  const thin = [...KNOWN_JS_RULES].filter((id) => (perRule.get(id) ?? 0) < 2);
  assert.deepEqual(thin, [], 'rule classes with fewer than 2 positives');
});

test('quality: label parsing handles //, /* */, JSX comments, several ids and stacked labels', () => {
  const text = [
    'const a = 1;',
    '// ruleid: js/sql-injection',
    'db.query(sql);',
    '{/* ruleid: js/xss, js/unescaped-template-output */}',
    '<div dangerouslySetInnerHTML={{ __html: x }} />',
    '// ok: js/xss',
    'el.textContent = x;',
    '/* ruleid: js/ssrf */',
    '// ruleid: js/open-redirect',
    'go(url);',
  ].join('\n');
  assert.deepEqual(quality.parseLabels(text), [
    { line: 3, ids: ['js/sql-injection'], labelLine: 2 },
    { line: 5, ids: ['js/xss', 'js/unescaped-template-output'], labelLine: 4 },
    { line: 10, ids: ['js/ssrf'], labelLine: 8 },
    { line: 10, ids: ['js/open-redirect'], labelLine: 9 },
  ]);
});

test('quality: scoring matches by file, rule id and line range; counts FP, FN and duplicates', () => {
  const labels = new Map<string, Label[]>([
    ['a.js', [
      { line: 10, ids: ['js/sql-injection'], labelLine: 9 },
      { line: 20, ids: ['js/xss', 'js/unescaped-template-output'], labelLine: 19 },
      { line: 30, ids: ['js/ssrf'], labelLine: 29 },
    ]],
    ['b.js', []],
  ]);
  const result = quality.score(labels, [
    { ruleId: 'js/sql-injection', path: 'a.js', startLine: 9, endLine: 11 }, // TP (range covers line 10)
    { ruleId: 'js/sql-injection', path: 'a.js', startLine: 10, endLine: 10 }, // duplicate on a matched label
    { ruleId: 'js/unescaped-template-output', path: 'a.js', startLine: 20, endLine: 20 }, // TP via second id
    { ruleId: 'js/command-injection', path: 'a.js', startLine: 30, endLine: 30 }, // FP: wrong class on a labelled line
    { ruleId: 'js/xss', path: 'b.js', startLine: 1, endLine: 1 }, // FP: unlabelled file
    { ruleId: 'js/sql-injection', path: 'b.js', startLine: 10, endLine: 10 }, // FP: same line, other file
    { ruleId: 'secrets/aws-access-key', path: 'a.js', startLine: 5, endLine: 5 }, // ignored: not a js/* rule
  ]);
  assert.equal(result.overall.positives, 3);
  assert.equal(result.overall.tp, 2);
  assert.equal(result.overall.fp, 3);
  assert.equal(result.overall.fn, 1);
  assert.equal(result.overall.duplicates, 1);
  assert.equal(result.overall.recall, 2 / 3);
  assert.equal(result.overall.precision, 2 / 5);
  assert.deepEqual(result.falseNegatives, [{ path: 'a.js', line: 30, ids: ['js/ssrf'] }]);
  assert.deepEqual(result.rules['js/ssrf'], { tp: 0, fp: 0, fn: 1, recall: 0, precision: null });
  assert.deepEqual(result.rules['js/unescaped-template-output'], { tp: 1, fp: 0, fn: 0, recall: 1, precision: 1 });
  assert.deepEqual(result.rules['js/command-injection'], { tp: 0, fp: 1, fn: 0, recall: null, precision: 0 });
});

test('quality: a rule split off from a labelled rule matches that rule\'s labels, and only those', () => {
  const labels = new Map<string, Label[]>([
    ['t.js', [
      { line: 5, ids: ['js/code-injection'], labelLine: 4 },
      { line: 9, ids: ['js/xss'], labelLine: 8 },
    ]],
  ]);
  const result = quality.score(labels, [
    { ruleId: 'js/template-injection', path: 't.js', startLine: 5, endLine: 5 }, // TP: labelled before the split
    { ruleId: 'js/template-injection', path: 't.js', startLine: 9, endLine: 9 }, // FP: another rule's label
  ]);
  assert.equal(result.overall.tp, 1);
  assert.equal(result.overall.fp, 1);
  assert.equal(result.overall.fn, 1);
  assert.deepEqual(result.rules['js/template-injection'], { tp: 1, fp: 1, fn: 0, recall: 1, precision: 0.5 });
});

test('demo app: every source file parses and carries no Vouch annotations', () => {
  const files = quality.listCorpusFiles(DEMO);
  assert.ok(files.length >= 10, `expected the demo app's server and client files, found ${files.length}`);
  const problems: string[] = [];
  for (const f of files) {
    const abs = path.join(DEMO, f);
    problems.push(...parseErrors(abs));
    if (/ruleid:|vouch-ignore/.test(readFileSync(abs, 'utf8'))) problems.push(`${f} carries an annotation`);
  }
  assert.deepEqual(problems, []);
});

test('demo app: every expected finding points at an existing code line', () => {
  const expected = (JSON.parse(readFileSync(path.join(DEMO, 'expected-findings.json'), 'utf8')) as {
    findings: { ruleId: string; path: string; line: number }[];
  }).findings;
  assert.ok(expected.length > 0);
  const problems: string[] = [];
  for (const f of expected) {
    if (!KNOWN_JS_RULES.has(f.ruleId)) problems.push(`${f.path}:${f.line} unknown rule ${f.ruleId}`);
    const lines = readFileSync(path.join(DEMO, f.path), 'utf8').split(/\r?\n/);
    const text = (lines[f.line - 1] ?? '').trim();
    if (text === '' || text.startsWith('//')) problems.push(`${f.path}:${f.line} is not a code line`);
  }
  assert.deepEqual(problems, []);
});
