#!/usr/bin/env node
// Detection quality on the two labelled corpora, with the built CLI.
//
// 1. bench/corpus/js (AI-style samples): `// ruleid: js/<id>` labels, per-rule and overall
//    recall/precision. A finding matches a label when it is in the same file, its ruleId is one of
//    the label's ids and the labelled line lies within [startLine, endLine]. A js/* finding that
//    matches no label is a false positive; a label no finding matches is a false negative.
//    Findings of non-js rules are ignored. Results: bench/results/quality.json.
// 2. bench/corpus-apps (realistic apps and library packages): `vuln: CWE-<n>` labels, scored per
//    weakness class by bench/quality-apps.mjs (matching by file, line range and the rule's CWEs),
//    plus the library-twin figure. Results: bench/results/quality-apps.json.
//
//   node bench/quality.mjs [--only corpus|apps] [--corpus DIR] [--findings FILE] [--out FILE]
//                          [--apps-corpus DIR] [--apps-findings FILE] [--apps-out FILE]
//                          [--rules FILE] [--jobs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRules } from './lib/packages.mjs';
import { attachLabels, CWE_CLASSES, CWE_EQUIVALENCES, findTwinPairs, formatAppsReport, loadAppLabels, scoreApps } from './quality-apps.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts']);
// `// ruleid: a, b`, `/* ruleid: a */`, `{/* ruleid: a */}` (JSX). Same for `ok:` (documentation only).
const LABEL_RE = /^\s*(?:\{\s*)?(?:\/\/|\/\*)\s*(ruleid|ok)\s*:\s*([^*]+?)\s*(?:\*\/\s*\}?)?\s*$/;

/** Every source file under dir, as paths relative to dir with forward slashes, sorted. */
export function listCorpusFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(childRel);
      else if (SOURCE_EXTENSIONS.has(path.extname(entry.name))) out.push(childRel);
    }
  };
  walk('');
  return out.sort();
}

/**
 * Labels of one file: a `ruleid:` comment labels the next line that is not itself a label comment.
 * Returns [{ line, ids, labelLine }] (1-based lines).
 */
export function parseLabels(text) {
  return attachLabels(text, (line) => {
    const m = LABEL_RE.exec(line);
    if (!m) return undefined;
    return m[1] === 'ruleid' ? { ids: m[2].split(',').map((s) => s.trim()).filter(Boolean) } : null;
  });
}

/** Labels of every file in the corpus: Map<relPath, label[]>. */
export function loadCorpusLabels(dir) {
  const labels = new Map();
  for (const rel of listCorpusFiles(dir)) {
    labels.set(rel, parseLabels(readFileSync(path.join(dir, rel), 'utf8')));
  }
  return labels;
}

/** Maps a reported path (relative to the scan root, the cwd, or absolute) to a corpus-relative path. */
export function corpusRelative(reported, corpusDir, cwd = process.cwd()) {
  const candidates = path.isAbsolute(reported)
    ? [reported]
    : [path.resolve(corpusDir, reported), path.resolve(cwd, reported)];
  for (const abs of candidates) {
    const rel = path.relative(corpusDir, abs);
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && existsSync(abs)) return rel.split(path.sep).join('/');
  }
  return reported.replace(/\\/g, '/');
}

/**
 * Rules split off from another after the corpus was labelled: a label naming the original rule is
 * also matched by a finding of the rule that now reports that part of it (server-side template
 * injection was js/code-injection before js/template-injection existed).
 */
export const SPLIT_RULES = new Map([
  ['js/template-injection', 'js/code-injection'],
]);
const labelNames = (l, ruleId) => l.ids.includes(ruleId) || (SPLIT_RULES.has(ruleId) && l.ids.includes(SPLIT_RULES.get(ruleId)));

const emptyCounts = () => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a, b) => (b === 0 ? null : a / b);

/**
 * Scores findings ({ruleId, path (corpus-relative), startLine, endLine}) against labels.
 * Per rule: a matched label is a TP of the matching finding's rule; an unmatched label is a FN of
 * its first (primary) id; an unmatched js/* finding is a FP of its rule. A second finding on an
 * already matched label is a duplicate (neither TP nor FP).
 */
export function score(labelsByFile, findings) {
  const perRule = new Map();
  const counts = (id) => {
    if (!perRule.has(id)) perRule.set(id, emptyCounts());
    return perRule.get(id);
  };
  for (const labels of labelsByFile.values()) for (const l of labels) for (const id of l.ids) counts(id);

  const matchedLabels = new Set();
  const falsePositives = [];
  let duplicates = 0;
  const jsFindings = findings.filter((f) => f.ruleId.startsWith('js/'));
  for (const f of jsFindings) {
    const labels = labelsByFile.get(f.path) ?? [];
    const hits = labels.filter((l) => l.line !== null && labelNames(l, f.ruleId) && l.line >= f.startLine && l.line <= f.endLine);
    const fresh = hits.find((l) => !matchedLabels.has(l));
    if (fresh) {
      matchedLabels.add(fresh);
      counts(f.ruleId).tp++;
    } else if (hits.length > 0) {
      duplicates++;
    } else {
      counts(f.ruleId).fp++;
      falsePositives.push(f);
    }
  }
  const falseNegatives = [];
  let positives = 0;
  for (const [file, labels] of labelsByFile) {
    for (const l of labels) {
      positives++;
      if (!matchedLabels.has(l)) {
        counts(l.ids[0]).fn++;
        falseNegatives.push({ path: file, line: l.line, ids: l.ids });
      }
    }
  }
  const tp = matchedLabels.size;
  const fp = falsePositives.length;
  const fn = falseNegatives.length;
  const rules = {};
  for (const id of [...perRule.keys()].sort()) {
    const c = perRule.get(id);
    rules[id] = { ...c, recall: ratio(c.tp, c.tp + c.fn), precision: ratio(c.tp, c.tp + c.fp) };
  }
  return {
    overall: { positives, tp, fp, fn, duplicates, recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp) },
    rules,
    falsePositives,
    falseNegatives,
  };
}

function parseArgs(argv) {
  const opts = {
    corpus: path.join(REPO_ROOT, 'bench/corpus/js'),
    out: path.join(REPO_ROOT, 'bench/results/quality.json'),
    findings: null,
    appsCorpus: path.join(REPO_ROOT, 'bench/corpus-apps'),
    appsOut: path.join(REPO_ROOT, 'bench/results/quality-apps.json'),
    appsFindings: null,
    rules: null,
    only: null,
    jobs: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--corpus') opts.corpus = path.resolve(next());
    else if (a === '--out') opts.out = path.resolve(next());
    else if (a === '--findings') opts.findings = path.resolve(next());
    else if (a === '--apps-corpus') opts.appsCorpus = path.resolve(next());
    else if (a === '--apps-out') opts.appsOut = path.resolve(next());
    else if (a === '--apps-findings') opts.appsFindings = path.resolve(next());
    else if (a === '--rules') opts.rules = path.resolve(next());
    else if (a === '--only') opts.only = next();
    else if (a === '--jobs') opts.jobs = next();
    else if (a === '-h' || a === '--help') {
      process.stdout.write(
        'usage: node bench/quality.mjs [--only corpus|apps] [--corpus DIR] [--findings FILE] [--out FILE]\n' +
          '                              [--apps-corpus DIR] [--apps-findings FILE] [--apps-out FILE] [--rules FILE] [--jobs N]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (opts.only !== null && opts.only !== 'corpus' && opts.only !== 'apps') throw new Error(`--only takes corpus or apps, not ${opts.only}`);
  return opts;
}

/** Runs the built CLI on the corpus and returns its parsed JSON report. */
function runScan(corpus, jobs) {
  const cli = path.join(REPO_ROOT, 'bin/vouch.js');
  const tmp = mkdtempSync(path.join(tmpdir(), 'vouch-quality-'));
  const out = path.join(tmp, 'findings.json');
  try {
    const args = [cli, 'scan', corpus, '--only', 'code', '--format', 'json', '--fail-on', 'none', '--output', `json=${out}`];
    if (jobs) args.push('--jobs', String(jobs));
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`vouch scan exited with ${r.status}:\n${(r.stderr || '').slice(0, 4000)}`);
    }
    const text = existsSync(out) && statSync(out).size > 0 ? readFileSync(out, 'utf8') : r.stdout;
    return { report: JSON.parse(text), seconds };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const pct = (x) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function printTable(result) {
  const rows = Object.entries(result.rules);
  const width = Math.max(28, ...rows.map(([id]) => id.length));
  const lines = [];
  lines.push(`${'rule'.padEnd(width)}   TP   FP   FN   recall  precision`);
  lines.push('-'.repeat(width + 36));
  for (const [id, c] of rows) {
    lines.push(`${id.padEnd(width)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${pct(c.recall)}   ${pct(c.precision)}`);
  }
  lines.push('-'.repeat(width + 36));
  const o = result.overall;
  lines.push(`${'overall'.padEnd(width)} ${String(o.tp).padStart(4)} ${String(o.fp).padStart(4)} ${String(o.fn).padStart(4)}   ${pct(o.recall)}   ${pct(o.precision)}`);
  lines.push(`positives (labels): ${o.positives}   duplicate findings on matched labels: ${o.duplicates}`);
  return lines.join('\n');
}

/** Findings of a JSON report as { ruleId, path (corpus-relative), startLine, endLine }, suppressed ones dropped. */
function reportFindings(report, corpusDir) {
  const rawFindings = Array.isArray(report) ? report : report.findings ?? [];
  return rawFindings
    .filter((f) => f.status !== 'suppressed')
    .map((f) => ({
      ruleId: f.ruleId,
      path: corpusRelative(f.location.path, corpusDir),
      startLine: f.location.startLine,
      endLine: f.location.endLine ?? f.location.startLine,
    }));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.only !== 'apps') scoreSamplesCorpus(opts);
  if (opts.only !== 'corpus') {
    if (opts.only !== 'apps') process.stdout.write('\n');
    scoreAppsCorpus(opts);
  }
}

function scoreSamplesCorpus(opts) {
  const labels = loadCorpusLabels(opts.corpus);
  const files = [...labels.keys()];
  let report;
  let seconds = null;
  if (opts.findings) report = JSON.parse(readFileSync(opts.findings, 'utf8'));
  else ({ report, seconds } = runScan(opts.corpus, opts.jobs));
  const findings = reportFindings(report, opts.corpus);
  const result = score(labels, findings);
  const notices = Array.isArray(report.notices) ? report.notices : [];

  process.stdout.write(`corpus: ${path.relative(REPO_ROOT, opts.corpus) || '.'} (${files.length} files)\n\n`);
  process.stdout.write(printTable(result) + '\n');
  if (notices.length) process.stdout.write(`\nscan notices: ${notices.length} (files not fully scanned)\n`);
  if (result.falseNegatives.length) {
    process.stdout.write('\nmissed (false negatives):\n');
    for (const m of result.falseNegatives) process.stdout.write(`  ${m.path}:${m.line}  ${m.ids.join(', ')}\n`);
  }
  if (result.falsePositives.length) {
    process.stdout.write('\nfalse positives:\n');
    for (const f of result.falsePositives) process.stdout.write(`  ${f.path}:${f.startLine}  ${f.ruleId}\n`);
  }

  mkdirSync(path.dirname(opts.out), { recursive: true });
  const toolVersion = report.tool?.version ?? null;
  writeFileSync(opts.out, JSON.stringify({
    generatedAt: new Date().toISOString(),
    corpus: path.relative(REPO_ROOT, opts.corpus) || '.',
    files: files.length,
    tool: toolVersion ? { name: 'vouch', version: toolVersion } : undefined,
    scanSeconds: seconds,
    scanNotices: notices.length,
    overall: result.overall,
    rules: result.rules,
    falseNegatives: result.falseNegatives,
    falsePositives: result.falsePositives,
  }, null, 2) + '\n');
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), opts.out)}\n`);
}

function scoreAppsCorpus(opts) {
  const labels = loadAppLabels(opts.appsCorpus);
  const rules = loadRules(opts.rules);
  let report;
  let seconds = null;
  if (opts.appsFindings) report = JSON.parse(readFileSync(opts.appsFindings, 'utf8'));
  else ({ report, seconds } = runScan(opts.appsCorpus, opts.jobs));
  // Code findings only: a rule the code analyzer owns (an unknown js/* id counts as code too).
  const isCode = (ruleId) => (rules.has(ruleId) ? rules.get(ruleId).analyzer === 'code' : ruleId.startsWith('js/'));
  const findings = reportFindings(report, opts.appsCorpus).filter((f) => isCode(f.ruleId));
  const ruleCwes = new Map([...rules].map(([id, r]) => [id, r.cwes]));
  const result = scoreApps(labels, findings, ruleCwes, findTwinPairs(opts.appsCorpus));
  const notices = Array.isArray(report.notices) ? report.notices : [];
  const corpusName = path.relative(REPO_ROOT, opts.appsCorpus) || '.';

  process.stdout.write(`corpus: ${corpusName} (${labels.size} labellable files)\n\n`);
  process.stdout.write(formatAppsReport(result) + '\n');
  if (notices.length) process.stdout.write(`\nscan notices: ${notices.length} (files not fully scanned)\n`);
  if (result.falseNegatives.length) {
    process.stdout.write('\nmissed (false negatives):\n');
    for (const m of result.falseNegatives) process.stdout.write(`  ${m.path}:${m.line}  CWE-${m.cwes.join(', CWE-')}\n`);
  }
  if (result.falsePositives.length) {
    process.stdout.write('\nfalse positives:\n');
    for (const f of result.falsePositives) process.stdout.write(`  ${f.path}:${f.startLine}  ${f.ruleId} (CWE-${f.cwes.join(', CWE-')})\n`);
  }

  mkdirSync(path.dirname(opts.appsOut), { recursive: true });
  const toolVersion = report.tool?.version ?? null;
  writeFileSync(opts.appsOut, JSON.stringify({
    generatedAt: new Date().toISOString(),
    corpus: corpusName,
    files: labels.size,
    tool: toolVersion ? { name: 'vouch', version: toolVersion } : undefined,
    scanSeconds: seconds,
    scanNotices: notices.length,
    matching: {
      rule: 'same file, labelled line within [startLine, endLine], rule CWEs intersect label CWEs after equivalence',
      equivalences: CWE_EQUIVALENCES,
    },
    cweClasses: Object.fromEntries([...CWE_CLASSES].map(([cwe, name]) => [`CWE-${cwe}`, name])),
    overall: result.overall,
    classes: result.classes,
    fileKinds: result.fileKinds,
    folders: result.folders,
    twins: result.twins,
    falseNegatives: result.falseNegatives,
    falsePositives: result.falsePositives,
  }, null, 2) + '\n');
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), opts.appsOut)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    process.stderr.write(`quality: ${err.message}\n`);
    process.exitCode = 2;
  });
}
