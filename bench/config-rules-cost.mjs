#!/usr/bin/env node
// CPU cost of the configuration / web pattern rules (TLS, CORS, XXE, templates, empty catch,
// merge pollution) and of the rate-limit facts, measured inside one process on the speed-bench tree:
// analyse every file with all code rules, then again without these rules, and compare CPU time.
//
//   node bench/config-rules-cost.mjs [--files N]     (needs `npm run build` and bench/.cache/tree from speed.mjs)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TREE = path.join(ROOT, 'bench/.cache/tree');
const limit = Number(process.argv[process.argv.indexOf('--files') + 1]) || 3000;
const MINE = new Set(['js/tls-verification-disabled', 'js/permissive-cors', 'js/xxe', 'js/unescaped-template-output', 'js/empty-catch-security']);

const { analyzeJs } = await import(path.join(ROOT, 'dist/src/analyzers/code/index.js'));
const { CODE_RULES } = await import(path.join(ROOT, 'dist/src/analyzers/code/rules/index.js'));
const { recursiveMergePattern } = await import(path.join(ROOT, 'dist/src/analyzers/code/rules/_recursive-merge.js'));

const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir)) {
    if (files.length >= limit) return;
    const p = path.join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (/\.(c|m)?(j|t)sx?$/.test(e) && !/\.d\.[cm]?ts$/.test(e) && st.size < 1_000_000) files.push({ path: path.relative(TREE, p), text: readFileSync(p, 'utf8') });
  }
};
walk(TREE);
const lines = files.reduce((n, f) => n + f.text.split('\n').length, 0);

function run() {
  const t = process.cpuUsage();
  let findings = 0;
  for (const f of files) {
    const r = analyzeJs({ path: f.path, absPath: f.path, kind: /\.tsx?$/.test(f.path) ? 'typescript' : 'javascript', text: f.text });
    findings += r.findings.length;
  }
  const u = process.cpuUsage(t);
  return { cpuMs: (u.user + u.system) / 1000, findings };
}

// The machine is shared: alternate the two configurations and keep each one's fastest run.
const removed = CODE_RULES.filter((r) => MINE.has(r.meta.id));
const pp = CODE_RULES.find((r) => r.meta.id === 'js/prototype-pollution');
const withRules = () => { for (const r of removed) if (!CODE_RULES.includes(r)) CODE_RULES.push(r); if (pp) pp.pattern = recursiveMergePattern; };
const withoutRules = () => { for (const r of removed) CODE_RULES.splice(CODE_RULES.indexOf(r), 1); if (pp?.pattern === recursiveMergePattern) delete pp.pattern; };
run(); // warm-up (JIT, module caches)
const fastest = (a, b) => (b.cpuMs < a.cpuMs ? b : a);
let all = { cpuMs: Infinity, findings: 0 };
let without = { cpuMs: Infinity, findings: 0 };
for (let i = 0; i < 3; i++) {
  withRules();
  all = fastest(all, run());
  withoutRules();
  without = fastest(without, run());
}
const mine = all.cpuMs - without.cpuMs;
console.log(`${files.length} files, ${lines.toLocaleString()} lines`);
console.log(`all code rules:       ${all.cpuMs.toFixed(0)} ms CPU (${Math.round(lines / (all.cpuMs / 1000)).toLocaleString()} lines/s), ${all.findings} findings`);
console.log(`without these rules:  ${without.cpuMs.toFixed(0)} ms CPU, ${without.findings} findings`);
console.log(`these rules cost:     ${mine.toFixed(0)} ms CPU (${((mine / all.cpuMs) * 100).toFixed(1)}% of the analyzer; rate-limit facts are collected in both runs)`);
