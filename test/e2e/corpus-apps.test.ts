/**
 * The realistic-apps corpus (bench/corpus-apps) and its scorer (bench/quality-apps.mjs) are ground
 * truth for code analysis, so they are tested themselves: every JS/TS file and every component
 * `<script>` parses, every label names a documented CWE and sits above a code line, the twins pair
 * up, and the matching counts as bench/corpus-apps/README.md documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSync } from 'oxc-parser';

const ROOT = process.cwd();
const CORPUS = path.join(ROOT, 'bench/corpus-apps');

interface AppLabel { kind: 'vuln' | 'safe'; cwes: number[]; raw: string; line: number | null; labelLine: number }
interface Finding { ruleId: string; path: string; startLine: number; endLine: number }
interface Counts { tp: number; fp: number; fn: number; recall: number | null; precision: number | null }
interface TwinPair { name: string; before: string; after: string }
interface TwinResult { name: string; cwes: number[]; flaggedBefore: boolean; silentAfter: boolean }
interface AppsResult {
  overall: Counts & { positives: number; safeLabels: number; duplicates: number };
  classes: Record<string, Counts>;
  fileKinds: Record<string, Counts>;
  folders: Record<string, Counts>;
  twins: { pairs: TwinResult[]; total: number; flaggedBefore: number; flaggedBeforeAndSilentAfter: number; rate: number | null };
  falsePositives: (Finding & { class: string })[];
  falseNegatives: { path: string; line: number; cwes: number[]; class: string }[];
}
interface AppsModule {
  CWE_CLASSES: Map<number, string>;
  LABEL_PAYLOAD_RE: RegExp;
  isLabelLine(text: string): boolean;
  parseAppLabels(text: string): AppLabel[];
  listAppFiles(dir: string): string[];
  loadAppLabels(dir: string): Map<string, AppLabel[]>;
  fileKind(file: string): string;
  cwesMatch(ruleCwes: number[], labelCwes: number[]): boolean;
  findTwinPairs(dir: string): TwinPair[];
  scoreApps(labels: Map<string, AppLabel[]>, findings: Finding[], ruleCwes: Map<string, number[]>, twins?: TwinPair[]): AppsResult;
}

const apps = (await import(pathToFileURL(path.join(ROOT, 'bench/quality-apps.mjs')).href)) as AppsModule;
const labelsByFile = apps.loadAppLabels(CORPUS);
const folders = readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

function parseErrors(virtualName: string, code: string): string[] {
  return parseSync(virtualName, code).errors.map((e) => `${virtualName}: ${e.message}`);
}

test('corpus-apps: every JS/TS file and every Vue/Svelte/HTML <script> block parses', () => {
  const errors: string[] = [];
  let scripts = 0;
  for (const rel of apps.listAppFiles(CORPUS)) {
    const text = readFileSync(path.join(CORPUS, rel), 'utf8');
    const kind = apps.fileKind(rel);
    if (kind === 'js-ts') errors.push(...parseErrors(path.extname(rel) ? rel : `${rel}.js`, text));
    if (kind === 'vue-svelte' || /\.html?$/.test(rel)) {
      for (const m of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
        scripts++;
        const ts = /lang=["']ts["']/.test(m[1] ?? '');
        errors.push(...parseErrors(`${rel}#script${scripts}.${ts ? 'ts' : 'js'}`, m[2]));
      }
    }
  }
  assert.ok(scripts >= 8, `expected component <script> blocks, found ${scripts}`);
  assert.deepEqual(errors, []);
});

test('corpus-apps: labels name documented CWEs and sit directly above a non-empty code line', () => {
  const problems: string[] = [];
  for (const [file, labels] of labelsByFile) {
    const lines = readFileSync(path.join(CORPUS, file), 'utf8').split(/\r?\n/);
    for (const l of labels) {
      if (!apps.LABEL_PAYLOAD_RE.test(l.raw)) problems.push(`${file}:${l.labelLine} malformed label "${l.raw}"`);
      for (const cwe of l.cwes) if (!apps.CWE_CLASSES.has(cwe)) problems.push(`${file}:${l.labelLine} CWE-${cwe} is not in the documented list`);
      if (l.line === null) {
        problems.push(`${file}:${l.labelLine} label at end of file`);
        continue;
      }
      // Labels may be stacked; nothing else may stand between a label and its line.
      if (lines.slice(l.labelLine, l.line - 1).some((t) => !apps.isLabelLine(t))) problems.push(`${file}:${l.labelLine} label is not directly above its line`);
      const target = lines[l.line - 1].trim();
      if (target === '' || /^(?:\/\/|\/\*|<!--|<%#|\{\{!|\{#)/.test(target)) problems.push(`${file}:${l.line} labelled line is not code`);
    }
    // A line that mentions a label keyword but does not parse as a label is a typo.
    lines.forEach((t, i) => {
      if (/\b(?:vuln|safe):\s*CWE/i.test(t) && !apps.isLabelLine(t)) problems.push(`${file}:${i + 1} unparsed label`);
    });
  }
  assert.deepEqual(problems, []);
});

test('corpus-apps: the README documents exactly the CWE table the scorer uses', () => {
  const readme = readFileSync(path.join(CORPUS, 'README.md'), 'utf8');
  const documented = new Map([...readme.matchAll(/^\| CWE-(\d+) \| ([a-z-]+) \|/gm)].map((m) => [Number(m[1]), m[2]]));
  assert.deepEqual([...documented].sort((a, b) => a[0] - b[0]), [...apps.CWE_CLASSES].sort((a, b) => a[0] - b[0]));
});

test('corpus-apps: broad enough — 150+ flaws and as many labelled safe twins over 15+ apps and packages, every folder documented', () => {
  const vuln = [...labelsByFile.values()].flat().filter((l) => l.kind === 'vuln');
  assert.ok(vuln.length >= 150, `only ${vuln.length} vuln labels`);
  // Safe look-alikes are negatives whether labelled or not; the labelled ones alone must keep pace.
  const safe = [...labelsByFile.values()].flat().filter((l) => l.kind === 'safe');
  assert.ok(safe.length >= vuln.length, `${safe.length} safe labels for ${vuln.length} flaws`);
  assert.ok(folders.length >= 15, `only ${folders.length} apps/packages`);
  assert.deepEqual(folders.filter((f) => !existsSync(path.join(CORPUS, f, 'README.md'))), [], 'folders without a README');
  const withFlaws = new Set([...labelsByFile].filter(([, ls]) => ls.some((l) => l.kind === 'vuln')).map(([f]) => f.split('/')[0]));
  const unfixed = folders.filter((f) => !f.endsWith('-fixed') && !withFlaws.has(f));
  assert.deepEqual(unfixed, [], 'apps without any labelled flaw');
  const kinds = new Set([...labelsByFile].filter(([, ls]) => ls.some((l) => l.kind === 'vuln')).map(([f]) => apps.fileKind(f)));
  for (const kind of ['js-ts', 'templates-html', 'vue-svelte']) assert.ok(kinds.has(kind), `no labelled flaw in ${kind} files`);
  assert.ok(apps.listAppFiles(CORPUS).some((f) => path.extname(f) === ''), 'an extension-less node script is listed');
});

test('corpus-apps: library twins pair up, are packages without a server, and the fixed side has no flaw', () => {
  const pairs = apps.findTwinPairs(CORPUS);
  assert.ok(pairs.length >= 6, `only ${pairs.length} library twins`);
  const fixedFolders = folders.filter((f) => f.endsWith('-fixed'));
  assert.deepEqual(fixedFolders.sort(), pairs.map((p) => p.after).sort(), 'every -fixed folder has its vulnerable twin');
  const problems: string[] = [];
  const labelsIn = (folder: string) => [...labelsByFile].filter(([f]) => f.startsWith(`${folder}/`)).flatMap(([, ls]) => ls);
  for (const p of pairs) {
    const before = JSON.parse(readFileSync(path.join(CORPUS, p.before, 'package.json'), 'utf8')) as Record<string, unknown>;
    const after = JSON.parse(readFileSync(path.join(CORPUS, p.after, 'package.json'), 'utf8')) as Record<string, unknown>;
    if (!before.main && !before.exports) problems.push(`${p.before}: package.json has neither main nor exports`);
    if (before.name !== after.name || before.version === after.version) problems.push(`${p.name}: the fixed twin must be the same package at another version`);
    if (!labelsIn(p.before).some((l) => l.kind === 'vuln')) problems.push(`${p.before}: no vuln label`);
    if (labelsIn(p.after).some((l) => l.kind === 'vuln')) problems.push(`${p.after}: a fixed twin carries a vuln label`);
    if (!labelsIn(p.after).some((l) => l.kind === 'safe')) problems.push(`${p.after}: the fixed lines carry no safe label`);
    for (const rel of apps.listAppFiles(path.join(CORPUS, p.before))) {
      if (/\.listen\(|createServer\(/.test(readFileSync(path.join(CORPUS, p.before, rel), 'utf8'))) problems.push(`${p.before}/${rel}: a library starts a server`);
    }
  }
  assert.deepEqual(problems, []);
});

test('quality-apps: labels parse in every supported comment syntax, stacked and multi-CWE', () => {
  const text = [
    'const a = 1;',
    '// vuln: CWE-89',
    'db.query(sql);',
    '<%# vuln: CWE-79 %>',
    '<h1><%- q %></h1>',
    '//- vuln: CWE-79',
    'h1!= q',
    '<!-- vuln: CWE-79 -->',
    '<div v-html="q"></div>',
    '{{!-- vuln: CWE-79 --}}',
    '{{{q}}}',
    '{# vuln: CWE-79 #}',
    '{{ q | safe }}',
    '# vuln: CWE-798',
    'secret: hunter2',
    '{/* vuln: CWE-1336, CWE-94 */}',
    '<X />',
    '// vuln: CWE-78',
    '// safe: CWE-22',
    'run(cmd);',
    '// this line mentions vuln but is not a label',
    'x();',
  ].join('\n');
  const got = apps.parseAppLabels(text).map((l) => [l.kind, l.cwes, l.line]);
  assert.deepEqual(got, [
    ['vuln', [89], 3],
    ['vuln', [79], 5],
    ['vuln', [79], 7],
    ['vuln', [79], 9],
    ['vuln', [79], 11],
    ['vuln', [79], 13],
    ['vuln', [798], 15],
    ['vuln', [1336, 94], 17],
    ['vuln', [78], 20],
    ['safe', [22], 20],
  ]);
});

test('quality-apps: matching by file, line range and CWE (with equivalences); FP, FN, duplicates, file kinds, twins', () => {
  const label = (line: number, cwes: number[], kind: 'vuln' | 'safe' = 'vuln'): AppLabel => ({ kind, cwes, raw: cwes.map((c) => `CWE-${c}`).join(', '), line, labelLine: line - 1 });
  const labels = new Map<string, AppLabel[]>([
    ['app/a.js', [label(10, [89]), label(20, [94]), label(30, [918]), label(40, [22], 'safe'), label(50, [1336, 94])]],
    ['app/views/page.ejs', [label(5, [79])]],
    ['lib-x/index.js', [label(3, [78])]],
    ['lib-x-fixed/index.js', [label(3, [78], 'safe')]],
    ['lib-y/index.js', [label(7, [1333])]],
    ['lib-y-fixed/index.js', []],
  ]);
  const ruleCwes = new Map<string, number[]>([
    ['js/sql', [89]],
    ['js/eval', [95]],
    ['js/cmd', [78]],
    ['js/path', [22]],
    ['js/redos', [400]],
    ['js/weird', [99999]],
  ]);
  const twins = [
    { name: 'lib-x', before: 'lib-x', after: 'lib-x-fixed' },
    { name: 'lib-y', before: 'lib-y', after: 'lib-y-fixed' },
  ];
  const result = apps.scoreApps(labels, [
    { ruleId: 'js/sql', path: 'app/a.js', startLine: 9, endLine: 11 }, // TP: range covers 10, CWE equal
    { ruleId: 'js/sql', path: 'app/a.js', startLine: 10, endLine: 10 }, // duplicate on a matched label
    { ruleId: 'js/eval', path: 'app/a.js', startLine: 20, endLine: 20 }, // TP through 94/95
    { ruleId: 'js/cmd', path: 'app/a.js', startLine: 30, endLine: 30 }, // FP: right line, wrong CWE
    { ruleId: 'js/path', path: 'app/a.js', startLine: 40, endLine: 40 }, // FP: a safe label is a negative
    { ruleId: 'js/eval', path: 'app/a.js', startLine: 50, endLine: 50 }, // TP: second CWE of a multi-CWE label
    { ruleId: 'js/sql', path: 'app/b.js', startLine: 10, endLine: 10 }, // FP: same line, other file
    { ruleId: 'js/weird', path: 'app/a.js', startLine: 1, endLine: 1 }, // FP, unclassified
    { ruleId: 'js/cmd', path: 'lib-x/index.js', startLine: 3, endLine: 3 }, // TP before the fix
    { ruleId: 'js/cmd', path: 'lib-x-fixed/index.js', startLine: 3, endLine: 3 }, // FP after the fix: not silent
    { ruleId: 'js/redos', path: 'lib-y/index.js', startLine: 7, endLine: 7 }, // TP through 1333/400
  ], ruleCwes, twins);

  assert.equal(result.overall.positives, 7);
  assert.equal(result.overall.safeLabels, 2);
  assert.equal(result.overall.tp, 5);
  assert.equal(result.overall.fp, 5);
  assert.equal(result.overall.fn, 2);
  assert.equal(result.overall.duplicates, 1);
  assert.equal(result.overall.recall, 5 / 7);
  assert.equal(result.overall.precision, 5 / 10);
  assert.deepEqual(result.falseNegatives.map((m) => [m.path, m.line, m.class]).sort(), [
    ['app/a.js', 30, 'ssrf'],
    ['app/views/page.ejs', 5, 'xss'], // a label in a file Vouch cannot scan still counts as a miss
  ]);
  assert.deepEqual(result.classes['sql-injection'], { tp: 1, fp: 1, fn: 0, recall: 1, precision: 0.5 });
  assert.deepEqual(result.classes['code-injection'], { tp: 1, fp: 0, fn: 0, recall: 1, precision: 1 });
  assert.deepEqual(result.classes['template-injection'], { tp: 1, fp: 0, fn: 0, recall: 1, precision: 1 });
  assert.deepEqual(result.classes['command-injection'], { tp: 1, fp: 2, fn: 0, recall: 1, precision: 1 / 3 });
  assert.deepEqual(result.classes.unclassified, { tp: 0, fp: 1, fn: 0, recall: null, precision: 0 });
  assert.deepEqual(result.fileKinds['templates-html'], { tp: 0, fp: 0, fn: 1, recall: 0, precision: null });
  assert.deepEqual(result.folders['lib-x-fixed'], { tp: 0, fp: 1, fn: 0, recall: null, precision: 0 });
  assert.deepEqual(result.twins.pairs.map((p) => [p.name, p.flaggedBefore, p.silentAfter]), [
    ['lib-x', true, false],
    ['lib-y', true, true],
  ]);
  assert.equal(result.twins.flaggedBeforeAndSilentAfter, 1);
  assert.equal(result.twins.rate, 0.5);
});

test('quality-apps: CWE equivalence is symmetric within a group and exact outside it', () => {
  assert.ok(apps.cwesMatch([95], [94]) && apps.cwesMatch([94], [95]));
  assert.ok(apps.cwesMatch([328], [916]) && apps.cwesMatch([327], [916]));
  assert.ok(apps.cwesMatch([730, 1333], [1333]));
  assert.ok(!apps.cwesMatch([79], [601]));
  assert.ok(!apps.cwesMatch([89], [943]));
  assert.ok(!apps.cwesMatch([], [89]));
});
