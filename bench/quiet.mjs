#!/usr/bin/env node
// Noise on a well-maintained real tree (issue 12): findings per rule and severity, with every
// finding listed for triage. Uses the built CLI (`npm run build` first).
//
//   node bench/quiet.mjs DIR [--copy-from SRC] [--json FILE] [--offline]
//
// --copy-from SRC copies SRC into DIR first with every `node_modules` renamed to `nm`, so bundled
// dependencies are scanned as ordinary folders (e.g. `--copy-from "$(npm root -g)/npm"`).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VOUCH = path.join(REPO_ROOT, 'bin/vouch.js');
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const dir = args[0] && !args[0].startsWith('--') ? path.resolve(args[0]) : undefined;
if (!dir) { process.stderr.write('usage: node bench/quiet.mjs DIR [--copy-from SRC] [--json FILE] [--offline]\n'); process.exit(2); }

function copyRenamingNodeModules(src, dst) {
  rmSync(dst, { recursive: true, force: true });
  cpSync(src, dst, { recursive: true, dereference: false });
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      let p = path.join(d, e.name);
      if (e.name === 'node_modules') { const q = path.join(d, 'nm'); renameSync(p, q); p = q; }
      walk(p);
    }
  };
  walk(dst);
}

if (opt('copy-from')) copyRenamingNodeModules(path.resolve(opt('copy-from')), dir);
const out = opt('json') ?? path.join(REPO_ROOT, 'bench/.cache/quiet-last.json');
const r = spawnSync(process.execPath, [VOUCH, 'scan', dir, '--root', dir, '--no-cache', '--format', 'json', '-o', out, '--fail-on', 'none',
  ...(args.includes('--offline') ? ['--offline'] : [])], { encoding: 'utf8', maxBuffer: 1 << 30 });
// Exit 3 only means some files could not be scanned (listed as notices); the report is still complete.
if (r.status !== 0 && r.status !== 3) { process.stderr.write(r.stderr); process.exit(r.status ?? 2); }
const report = JSON.parse(readFileSync(out, 'utf8'));
const byRule = new Map();
for (const f of report.findings) {
  const row = byRule.get(f.ruleId) ?? Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  row[f.severity]++;
  byRule.set(f.ruleId, row);
}
const lines = report.stats.linesScanned;
const gating = report.findings.filter((f) => ['critical', 'high', 'medium'].includes(f.severity) && f.status === 'new' && !(f.tags ?? []).some((t) => t === 'test' || t === 'docs'));
const per = (n, span) => (lines ? (n * span / lines).toFixed(2) : '0');
console.log(`${dir}: ${report.stats.filesScanned} files, ${lines} lines, ${report.findings.length} findings (${gating.length} at medium or above, not test/docs)`);
console.log(`per 10,000 lines: ${per(report.findings.length, 10_000)} findings; at medium or above outside test/docs per 50,000 lines: ${per(gating.length, 50_000)} (issue 12 target: at most 1)`);
console.log(`gate: ${report.gate.passed ? 'passed' : 'failed'}`);
console.log('');
console.log(`| rule | ${SEVERITIES.join(' | ')} | total | per 10k lines |`);
console.log(`| --- | ${SEVERITIES.map(() => '---').join(' | ')} | --- | --- |`);
for (const [rule, row] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
  const total = SEVERITIES.reduce((n, s) => n + row[s], 0);
  console.log(`| \`${rule}\` | ${SEVERITIES.map((s) => row[s] || '').join(' | ')} | ${total} | ${per(total, 10_000)} |`);
}
console.log('');
for (const f of report.findings) {
  const tags = (f.tags ?? []).filter((t) => t === 'test' || t === 'docs');
  console.log(`- ${f.ruleId} ${f.severity}${tags.length ? ` [${tags.join(',')}]` : ''} ${f.location.path}:${f.location.startLine} — ${f.message.slice(0, 160)}`);
}
