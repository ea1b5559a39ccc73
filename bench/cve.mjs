#!/usr/bin/env node
// Recall on real published CVEs: scans the vulnerable and the first fixed release of npm packages
// with a known advisory (bench/corpus-cve/cases*.json, labelled from each advisory and the diff
// between the two releases, by sessions that did not read the analyzer) and reports, per case,
// whether a code finding of the advisory's weakness covers a labelled sink line of the vulnerable
// release, and whether the fixed release is silent at its patched lines.
//
//   node bench/cve.mjs [--only ID,…] [--json FILE] [--rules FILE] [--corpus DIR]
//
// A finding matches a sink when it is in the sink's file, a labelled line lies within its
// [startLine, endLine], and the rule's CWEs meet the case's CWEs through the equivalence table of
// bench/quality-apps.mjs. Packages are fetched once with `npm pack` into bench/.cache/cve (never
// installed, never run); each release is scanned as its own project with the default configuration.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classOf, cwesMatch } from './quality-apps.mjs';
import { loadRules, packageTree, REPO_ROOT, VOUCH } from './lib/packages.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const CORPUS = path.resolve(opt('corpus') ?? path.join(REPO_ROOT, 'bench/corpus-cve'));
const CACHE = path.join(REPO_ROOT, 'bench/.cache/cve');
const only = opt('only')?.split(',');

/** Every case of every cases*.json file, with its CWEs as numbers. */
function loadCases() {
  const cases = readdirSync(CORPUS).filter((f) => /^cases.*\.json$/.test(f)).sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(CORPUS, f), 'utf8')).map((c) => ({ ...c, source: f })));
  return cases
    .filter((c) => !only || only.includes(c.id) || only.includes(c.package))
    .map((c) => ({ ...c, cwes: c.cwe.map((s) => Number(String(s).replace(/^CWE-/, ''))) }));
}

const reports = new Map();
/** The code findings of one release (scanned once per run). */
function findingsOf(name, version) {
  const key = `${name}@${version}`;
  if (!reports.has(key)) {
    const dir = packageTree(CACHE, name, version);
    // Default configuration and gate: exit 1 only means the gate failed, 3 that some file was unreadable.
    const r = spawnSync(process.execPath, [VOUCH, 'scan', dir, '--root', dir, '--only', 'code', '--no-cache', '--format', 'json'],
      { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (![0, 1, 3].includes(r.status ?? -1)) throw new Error(`vouch scan ${key}: exit ${r.status}\n${r.stderr}`);
    reports.set(key, JSON.parse(r.stdout).findings);
  }
  return reports.get(key);
}

/** Findings of the case's weakness that cover one of the given sink lines. */
function hits(findings, sinks, cwes, rules) {
  return findings.filter((f) => cwesMatch(rules.get(f.ruleId)?.cwes ?? [], cwes) && sinks.some((s) =>
    s.file === f.location.path && s.lines.some((line) => f.location.startLine <= line && line <= (f.location.endLine ?? f.location.startLine))));
}

const rules = loadRules(opt('rules'));
const cases = loadCases();
const results = [];
for (const c of cases) {
  const found = hits(findingsOf(c.package, c.vulnerable), c.sinks, c.cwes, rules);
  const stillFlagged = c.fixed ? hits(findingsOf(c.package, c.fixed), c.fixedSinks ?? [], c.cwes, rules) : [];
  const sinkFiles = new Set(c.sinks.map((s) => s.file));
  results.push({
    id: c.id, package: c.package, vulnerable: c.vulnerable, fixed: c.fixed, cwes: c.cwes, class: classOf(c.cwes),
    detected: found.length > 0, fixedSilent: stillFlagged.length === 0,
    rules: [...new Set(found.map((f) => f.ruleId))],
    fixedFindings: stillFlagged.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`),
    // What the scan did say in the sink's file, for triage of a miss.
    nearby: found.length ? [] : findingsOf(c.package, c.vulnerable).filter((f) => sinkFiles.has(f.location.path)).map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`),
    sinks: c.sinks,
  });
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
const byClass = new Map();
for (const r of results) {
  const row = byClass.get(r.class) ?? { cases: 0, detected: 0, twins: 0 };
  row.cases++;
  if (r.detected) row.detected++;
  if (r.detected && r.fixedSilent) row.twins++;
  byClass.set(r.class, row);
}
const detected = results.filter((r) => r.detected).length;
const twins = results.filter((r) => r.detected && r.fixedSilent).length;
const out = [];
out.push(`Real CVEs: ${detected} of ${results.length} vulnerable releases flagged at a labelled sink (${pct(detected, results.length)}); ${twins} of them silent at the patched lines of the fixed release.`);
out.push('');
out.push(`${'class'.padEnd(26)} cases  found  fixed-silent`);
for (const [name, row] of [...byClass].sort((a, b) => a[0].localeCompare(b[0]))) {
  out.push(`${name.padEnd(26)} ${String(row.cases).padStart(5)}  ${String(row.detected).padStart(5)}  ${String(row.twins).padStart(12)}`);
}
out.push('');
for (const r of results) {
  const verdict = r.detected ? (r.fixedSilent ? 'found' : 'found, fixed release still flagged') : 'MISSED';
  out.push(`${verdict.padEnd(36)} ${r.id} ${r.package}@${r.vulnerable} (CWE-${r.cwes.join(', CWE-')}) ${r.sinks.map((s) => `${s.file}:${s.lines.join(',')}`).join(' ')}`);
  if (r.detected) out.push(`    by ${r.rules.join(', ')}`);
  for (const f of r.fixedFindings) out.push(`    fixed: ${f}`);
  for (const f of r.nearby) out.push(`    in the sink's file: ${f}`);
}
process.stdout.write(`${out.join('\n')}\n`);
const json = opt('json');
if (json) writeFileSync(json, JSON.stringify({ detected, twins, cases: results.length, results }, null, 2) + '\n');
