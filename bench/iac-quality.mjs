#!/usr/bin/env node
// Recall and precision of the iac/* rules on a labelled corpus (issue 9): bench/iac-corpus, or
// with --corpus DIR another one (bench/iac-heldout: written and labelled before it was first scanned).
// A flaw is labelled on the line above it: `# vuln: iac/<rule>[, iac/<rule>…]`; the finding must
// name that rule on the next non-comment line. Where no comment can stand above the flaw (inside a
// heredoc JSON policy), `# vuln: iac/<rule> @ TEXT` names the first later line containing TEXT.
// A finding with no label is a false positive; a label with no finding a miss. Uses the built CLI
// (`npm run build` first).
//
//   node bench/iac-quality.mjs [--corpus DIR] [--json FILE]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(REPO_ROOT, process.argv.includes('--corpus') ? process.argv[process.argv.indexOf('--corpus') + 1] : 'bench/iac-corpus');
const LABEL = /#\s*vuln:\s*(.+?)\s*$/;

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

const labels = new Map(); // "path:line" -> Set(rule)
let labelledFiles = 0;
for (const file of files(CORPUS)) {
  if (file.endsWith('README.md')) continue;
  const rel = path.relative(CORPUS, file).split(path.sep).join('/');
  const lines = readFileSync(file, 'utf8').split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL.exec(lines[i]);
    if (!m) continue;
    const [ids, needle] = m[1].split(/\s+@\s+/);
    let target = i + 1;
    if (needle) while (target < lines.length && !lines[target].includes(needle)) target++;
    else while (target < lines.length && /^\s*#/.test(lines[target])) target++;
    const key = `${rel}:${target + 1}`;
    const set = labels.get(key) ?? new Set();
    for (const id of ids.split(',').map((s) => s.trim()).filter(Boolean)) set.add(id);
    labels.set(key, set);
    any = true;
  }
  if (any) labelledFiles++;
}

const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/vouch.js'), 'iac', '.', '--format', 'json', '--offline', '--fail-on', 'none'], { cwd: CORPUS, encoding: 'utf8', maxBuffer: 1 << 28 });
// Exit 3 is the scan-error gate: the errors are counted and listed below, so the figures still print.
if (r.status !== 0 && r.status !== 3) { process.stderr.write(r.stderr); process.exit(r.status ?? 2); }
const report = JSON.parse(r.stdout);
const errors = report.notices.filter((n) => n.level === 'error');

/** Rule family: the format or AWS area a rule belongs to. */
function family(rule) {
  const id = rule.replace(/^iac\//, '');
  if (id.startsWith('aws-iam-')) return 'aws-iam';
  if (/^aws-(s3|unencrypted|rds|db|kms)/.test(id)) return 'aws-storage';
  if (/^aws-(open-ingress|lb-)/.test(id)) return 'aws-network';
  if (/^aws-(cloudtrail|vpc-flow)/.test(id)) return 'aws-logging';
  return id.split('-')[0]; // k8s, docker, compose, gha, gitlab, ci
}

// Finding paths are relative to the project root vouch found (the repository): make them corpus-relative.
const rel = (p) => path.relative(CORPUS, path.resolve(path.isAbsolute(report.root ?? '') ? report.root : REPO_ROOT, p)).split(path.sep).join('/');
const found = new Set(report.findings.map((f) => `${rel(f.location.path)}:${f.location.startLine} ${f.ruleId}`));
const expected = new Set([...labels].flatMap(([at, rules]) => [...rules].map((rule) => `${at} ${rule}`)));
const stats = new Map();
const row = (k) => { if (!stats.has(k)) stats.set(k, { tp: 0, fp: 0, fn: 0 }); return stats.get(k); };
const fps = [];
const fns = [];
for (const f of found) {
  const rule = f.split(' ')[1];
  const hit = expected.has(f);
  for (const k of [family(rule), rule, 'overall']) row(k)[hit ? 'tp' : 'fp']++;
  if (!hit) fps.push(f);
}
for (const e of expected) {
  if (found.has(e)) continue;
  const rule = e.split(' ')[1];
  for (const k of [family(rule), rule, 'overall']) row(k).fn++;
  fns.push(e);
}

const pct = (a, b) => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const line = (k, s) => `${k.padEnd(40)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.tp, s.tp + s.fn)}  ${pct(s.tp, s.tp + s.fp)}`;
const families = [...stats.keys()].filter((k) => k !== 'overall' && !k.includes('/')).sort();
const rules = [...stats.keys()].filter((k) => k.includes('/')).sort();
console.log(`${path.relative(REPO_ROOT, CORPUS)}: ${labels.size} labelled lines in ${labelledFiles} files, ${report.stats.filesScanned} files scanned, ${errors.length} scan errors`);
console.log(`${'family'.padEnd(40)}   TP   FP   FN  recall  precision`);
for (const k of families) console.log(line(k, stats.get(k)));
console.log(line('overall', stats.get('overall') ?? { tp: 0, fp: 0, fn: 0 }));
console.log('');
console.log(`${'rule'.padEnd(40)}   TP   FP   FN  recall  precision`);
for (const k of rules) console.log(line(k, stats.get(k)));
if (fns.length) console.log(`\nmissed:\n${fns.sort().map((x) => `  ${x}`).join('\n')}`);
if (fps.length) console.log(`\nfalse positives:\n${fps.sort().map((x) => `  ${x}`).join('\n')}`);
if (errors.length) console.log(`\nscan errors:\n${errors.map((e) => `  ${e.path}: ${e.reason}`).join('\n')}`);
const out = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
if (out) writeFileSync(out, JSON.stringify({ overall: stats.get('overall'), families: Object.fromEntries(families.map((k) => [k, stats.get(k)])), rules: Object.fromEntries(rules.map((k) => [k, stats.get(k)])), missed: fns, falsePositives: fps }, null, 2));
