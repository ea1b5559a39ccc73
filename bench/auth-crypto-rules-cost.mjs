#!/usr/bin/env node
// Cost of the auth/crypto pattern rules (js/jwt-*, weak-password-hash, insecure-randomness,
// weak-cipher, static-iv, hardcoded-credentials, client-side-authorization) on real code: analyses
// JS files in-process with every code rule and times those eleven rules' `create` and visitor calls
// (wall time measured inside the process, so other load on the machine inflates both sides alike).
//
//   npm run build && node bench/auth-crypto-rules-cost.mjs [DIR] [--max-files N]
//
// DIR defaults to bench/.cache/tree (filled by bench/speed.mjs). Single thread; best of 3 runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AUTH_CRYPTO = new Set(['js/jwt-decode-without-verify', 'js/jwt-missing-algorithms', 'js/jwt-none-algorithm', 'js/jwt-ignore-expiration', 'js/jwt-hardcoded-secret', 'js/weak-password-hash', 'js/insecure-randomness', 'js/weak-cipher', 'js/static-iv', 'js/hardcoded-credentials', 'js/client-side-authorization']);

const args = process.argv.slice(2);
const maxIdx = args.indexOf('--max-files');
const maxFiles = maxIdx >= 0 ? Number(args[maxIdx + 1]) : 1500;
const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--max-files') ?? path.join(ROOT, 'bench/.cache/tree'));

const { analyzeJs } = await import(path.join(ROOT, 'dist/src/analyzers/code/index.js'));
const { CODE_RULES } = await import(path.join(ROOT, 'dist/src/analyzers/code/rules/index.js'));

// Time every call into the eleven rules (create + visitors) per rule.
const spent = new Map();
for (const rule of CODE_RULES) {
  if (!AUTH_CRYPTO.has(rule.meta.id) || !rule.pattern) continue;
  const create = rule.pattern.create;
  const add = (t0) => spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0n) + (process.hrtime.bigint() - t0));
  rule.pattern = {
    create(ctx) {
      const t0 = process.hrtime.bigint();
      const visitors = create(ctx);
      add(t0);
      const timed = {};
      for (const [type, fn] of Object.entries(visitors)) {
        timed[type] = (node, ancestors) => {
          const t = process.hrtime.bigint();
          try { fn(node, ancestors); } finally { add(t); }
        };
      }
      return timed;
    },
  };
}

const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (files.length >= maxFiles) return;
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(c|m)?js$/.test(e.name) && !/\.min\.js$/.test(e.name) && statSync(p).size < 300_000) files.push({ path: p, text: readFileSync(p, 'utf8') });
  }
};
walk(dir);
const lines = files.reduce((n, f) => n + f.text.split('\n').length, 0);

function run() {
  spent.clear();
  let findings = 0;
  const t0 = process.hrtime.bigint();
  for (const f of files) findings += analyzeJs({ path: f.path, text: f.text, kind: 'javascript' }).findings.filter((x) => AUTH_CRYPTO.has(x.ruleId)).length;
  const total = Number(process.hrtime.bigint() - t0) / 1e6;
  const rules = [...spent].map(([id, ns]) => [id, Number(ns) / 1e6]);
  return { total, rules, findings };
}
const best = [run(), run(), run()].sort((a, b) => a.total - b.total)[0];
const mine = best.rules.reduce((n, [, ms]) => n + ms, 0);

console.log(`files ${files.length}, lines ${lines}`);
console.log(`analysis (all code rules): ${best.total.toFixed(0)} ms (${Math.round(lines / (best.total / 1000))} lines/s)`);
console.log(`auth/crypto rules:         ${mine.toFixed(0)} ms (${((mine / best.total) * 100).toFixed(1)}% of analysis)`);
for (const [id, ms] of best.rules.sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(30)} ${ms.toFixed(1)} ms`);
console.log(`auth/crypto findings:      ${best.findings}`);
