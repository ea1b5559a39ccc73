#!/usr/bin/env node
// Detection quality of the secrets analyzer on the labelled cases in bench/secrets-corpus/.
// Slots are filled with values generated in the real formats at run time; the filled files are
// written to bench/secrets-corpus/generated/ (git-ignored) and scanned with the real analyzer.
// Scoring is per line: a labelled line with a finding is a TP, without one a FN; a finding on
// an unlabelled line is a FP. Output names paths, lines and rules only, never values.
//
//   npm run build && node bench/secrets-quality.mjs [--rounds N] [--out FILE]
//
// Target (issue 4): recall >= 95% at precision >= 90% on realistic code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const { cases } = await import('./secrets-corpus/cases.mjs');
const { secretsAnalyzer } = await import(path.join(ROOT, 'dist/src/analyzers/secrets/index.js'));
const { defaultConfig } = await import(path.join(ROOT, 'dist/src/config/schema.js'));
const { fileKindOf } = await import(path.join(ROOT, 'dist/src/pipeline/file-kinds.js'));
const { rand, base64url } = await import(path.join(ROOT, 'dist/src/analyzers/secrets/rules/generate.js'));

const jwt = (payload) => `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}.${rand('b64url', 43)}`;
const pw = () => `${rand('alnum', 12)}${rand('!#%^*_+=', 1)}${rand('digits', 2)}${rand('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`;
const SLOTS = {
  STRIPE: () => `sk_live_${rand('alnum', 99)}`,
  OPENAI: () => `sk-proj-${rand('b64url', 74)}T3BlbkFJ${rand('b64url', 74)}`,
  ANTHROPIC: () => `sk-ant-api03-${rand('b64url', 93)}AA`,
  GHP: () => `ghp_${rand('alnum', 36)}`,
  GLPAT: () => `glpat-${rand('b64url', 20)}`,
  SLACK: () => `xoxb-${rand('digits', 12)}-${rand('digits', 13)}-${rand('alnum', 24)}`,
  SLACK_WEBHOOK: () => `https://hooks.slack.com/services/T${rand('upperAlnum', 10)}/B${rand('upperAlnum', 10)}/${rand('alnum', 24)}`,
  DISCORD_WEBHOOK: () => `https://discord.com/api/webhooks/${rand('digits', 19)}/${rand('b64url', 68)}`,
  TELEGRAM: () => `${rand('123456789', 1)}${rand('digits', 9)}:AA${rand('b64url', 33)}`,
  SENDGRID: () => `SG.${rand('b64url', 22)}.${rand('b64url', 43)}`,
  SHOPIFY: () => `shpat_${rand('hex', 32)}`,
  WHSEC: () => `whsec_${rand('alnum', 32)}`,
  AKIA: () => `AKIA${rand('upperB32', 16)}`,
  AWS_SECRET: () => rand('b64', 40),
  GCP: () => `AIza${rand('b64url', 35)}`,
  HF: () => `hf_${rand('letters', 34)}`,
  NPM: () => `npm_${rand('alnum', 36)}`,
  DOCKERHUB: () => `dckr_pat_${rand('b64url', 27)}`,
  PW: pw,
  ALNUM24: () => rand('alnum', 24), ALNUM32: () => rand('alnum', 32), ALNUM40: () => rand('alnum', 40), ALNUM43: () => rand('alnum', 43),
  HEX32: () => rand('hex', 32), HEX40: () => rand('hex', 40), HEX64: () => rand('hex', 64), LOWER40: () => rand('lowerAlnum', 40),
  UUID: () => `${rand('hex', 8)}-${rand('hex', 4)}-4${rand('hex', 3)}-a${rand('hex', 3)}-${rand('hex', 12)}`,
  B64_43: () => rand('b64', 43), B64_53: () => rand('b64', 53).replace(/\+/g, '.'), B64_86: () => rand('b64', 86),
  PEM_BODY: () => rand('b64', 1000).match(/.{1,70}/g).join('\n'),
  PEM_ESCAPED: () => rand('b64', 1600).match(/.{1,64}/g).join('\\n'),
  ANON_JWT: () => jwt({ iss: 'supabase', ref: rand('lowerAlnum', 20), role: 'anon', iat: 1700000000, exp: 2000000000 }),
  SERVICE_JWT: () => jwt({ iss: 'supabase', ref: rand('lowerAlnum', 20), role: 'service_role', iat: 1700000000, exp: 2000000000 }),
};

const rounds = Number(arg('--rounds', '20'));
const outDir = path.join(ROOT, 'bench/secrets-corpus/generated');
rmSync(outDir, { recursive: true, force: true });
const config = defaultConfig();
let tp = 0, fn = 0, fp = 0, positives = 0, lines = 0;
const misses = new Map();
const falsePositives = new Map();
for (let round = 0; round < rounds; round++) {
  for (const c of cases) {
    const labelled = new Set();
    const text = c.text.split('\n').map((line, i) => {
      const filled = line.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name) => { if (!SLOTS[name]) throw new Error(`no slot ${name}`); return SLOTS[name](); });
      if (filled.endsWith(' ⟦S⟧')) { labelled.add(i + 1); return filled.slice(0, -4); }
      return filled;
    }).join('\n') + '\n';
    if (round === 0) {
      const file = path.join(outDir, c.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const result = secretsAnalyzer.analyzeFile({ path: c.path, absPath: c.path, kind: fileKindOf(c.path), text }, config);
    const flagged = new Map();
    for (const f of result.findings) flagged.set(f.location.startLine, f.ruleId);
    lines += text.split('\n').length - 1;
    positives += labelled.size;
    for (const line of labelled) {
      if (flagged.has(line)) tp++;
      else { fn++; misses.set(`${c.path}:${line}`, (misses.get(`${c.path}:${line}`) ?? 0) + 1); }
    }
    for (const [line, rule] of flagged) {
      if (!labelled.has(line)) { fp++; const k = `${c.path}:${line} ${rule}`; falsePositives.set(k, (falsePositives.get(k) ?? 0) + 1); }
    }
  }
}
const recall = tp / (tp + fn);
const precision = tp / (tp + fp);
const summary = {
  cases: cases.length, rounds, lines, positives, tp, fn, fp,
  recall: +(recall * 100).toFixed(1), precision: +(precision * 100).toFixed(1),
  misses: Object.fromEntries([...misses].sort()), falsePositives: Object.fromEntries([...falsePositives].sort()),
};
console.log(JSON.stringify(summary, null, 2));
const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), ...summary }, null, 2) + '\n');
