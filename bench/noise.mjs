#!/usr/bin/env node
// Noise on well-maintained real code (issue 12): scans a pinned set of trees — the npm CLI with its
// bundled dependencies and the published sources of popular packages — each as its own project
// with the default configuration, and prints findings per 10,000 lines by rule, the medium-or-above
// rate per 50,000 lines (issue target: at most 1), which findings fail the default gate, and every
// remaining finding for triage. Uses the built CLI (`npm run build` first).
//
//   node bench/noise.mjs [--offline] [--only NAME,…] [--write] [--json FILE]
//
// Trees are fetched once with `npm pack NAME@VERSION` into bench/.cache/noise (gitignored, never
// committed) and unpacked with every `node_modules` renamed to `nm`, so bundled dependencies are
// scanned as ordinary folders. The npm CLI comes from `$(npm root -g)/npm` when that is the pinned
// version, else from its own tarball (which bundles the same dependencies).
// --write replaces the summary between <!-- noise:start --> and <!-- noise:end --> in bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageTree, renameNodeModules, REPO_ROOT, run, VOUCH } from './lib/packages.mjs';

const TREES = [
  { name: 'npm', version: '11.19.1' },
  { name: 'express', version: '5.1.0' },
  { name: 'lodash', version: '4.17.21' },
  { name: 'axios', version: '1.7.9' },
  { name: 'fastify', version: '5.2.1' },
  { name: 'webpack', version: '5.97.1' },
  { name: 'eslint', version: '9.17.0' },
  // Web frameworks, their middleware, data layers and clients (added in issue 14's session of 2026-12-06).
  { name: 'koa', version: '2.15.3' },
  { name: '@hapi/hapi', version: '21.3.12' },
  { name: '@nestjs/core', version: '10.4.13' },
  { name: 'next-auth', version: '4.24.10' },
  { name: 'socket.io', version: '4.8.1' },
  { name: 'ws', version: '8.18.0' },
  { name: 'body-parser', version: '1.20.3' },
  { name: 'multer', version: '1.4.5-lts.1' },
  { name: 'passport', version: '0.7.0' },
  { name: 'jsonwebtoken', version: '9.0.2' },
  { name: 'mongoose', version: '8.8.2' },
  { name: 'sequelize', version: '6.37.5' },
  { name: 'knex', version: '3.1.0' },
  { name: 'ejs', version: '3.1.10' },
  { name: 'handlebars', version: '4.7.8' },
  { name: 'marked', version: '15.0.3' },
  { name: 'pino', version: '9.5.0' },
  { name: 'winston', version: '3.17.0' },
  { name: 'nodemailer', version: '6.9.16' },
  { name: 'got', version: '14.4.5' },
  { name: 'undici', version: '7.1.0' },
  { name: 'sharp', version: '0.33.5' },
  { name: 'yargs', version: '17.7.2' },
  { name: 'commander', version: '12.1.0' },
  { name: 'dotenv', version: '16.4.7' },
  // Held-out sample (added 2026 hC session): database and cache clients, a query language, JOSE crypto,
  // sessions, a proxy, an HTTP client, a schema compiler that generates code, an HTML sanitiser, an archiver.
  { name: 'pg', version: '8.23.1' },
  { name: 'ioredis', version: '6.1.0' },
  { name: 'graphql', version: '17.1.0' },
  { name: 'jose', version: '6.2.19' },
  { name: 'express-session', version: '1.19.0' },
  { name: 'http-proxy', version: '1.18.1' },
  { name: 'superagent', version: '10.4.2' },
  { name: 'ajv', version: '8.20.0' },
  { name: 'sanitize-html', version: '2.18.2' },
  { name: 'tar', version: '8.0.4' },
  // Second held-out sample (2026-12-07 hC session): template engines, a markdown renderer, a query builder,
  // a formatter CLI, a bundler, a password hash, an HTTP framework, a job queue, a DOM sanitiser.
  { name: 'nunjucks', version: '3.2.4' },
  { name: 'pug', version: '3.0.4' },
  { name: 'markdown-it', version: '15.0.3' },
  { name: 'kysely', version: '0.29.9' },
  { name: 'prettier', version: '3.10.2' },
  { name: 'rollup', version: '4.69.3' },
  { name: 'bcryptjs', version: '3.0.3' },
  { name: 'hono', version: '4.13.23' },
  { name: 'bullmq', version: '6.7.6' },
  { name: 'dompurify', version: '3.5.0' },
  // Third held-out sample (2026-12-07 noise16 session): MySQL and MongoDB drivers, an ORM, a GraphQL server,
  // HTML parsing (cheerio, jQuery), YAML and XML parsers, multipart uploads, a zip library, security headers, an
  // expression evaluator.
  { name: 'mysql2', version: '3.26.1' },
  { name: 'mongodb', version: '7.9.1' },
  { name: 'typeorm', version: '1.1.4' },
  { name: '@apollo/server', version: '5.5.1' },
  { name: 'cheerio', version: '1.2.0' },
  { name: 'jquery', version: '4.1.0' },
  { name: 'js-yaml', version: '5.5.0' },
  { name: 'fast-xml-parser', version: '5.12.1' },
  { name: 'formidable', version: '3.5.4' },
  { name: 'adm-zip', version: '0.6.1' },
  { name: 'helmet', version: '8.3.0' },
  { name: 'mathjs', version: '15.2.0' },
  // Fourth held-out sample (2026-12-07 noise18 session): SDK and broker clients (Stripe, Kafka, AMQP, gRPC, MQTT), an
  // SSH client, a SQL Server driver, an XML parser, request validators, a proxy middleware, a fetch polyfill.
  { name: 'stripe', version: '23.2.0' },
  { name: 'kafkajs', version: '2.2.4' },
  { name: 'amqplib', version: '2.3.1' },
  { name: '@grpc/grpc-js', version: '1.14.7' },
  { name: 'mqtt', version: '5.16.0' },
  { name: 'ssh2', version: '1.17.0' },
  { name: 'tedious', version: '20.4.0' },
  { name: 'xml2js', version: '0.6.2' },
  { name: 'express-validator', version: '7.3.2' },
  { name: 'validator', version: '13.15.35' },
  { name: 'http-proxy-middleware', version: '4.2.2' },
  { name: 'node-fetch', version: '2.7.0' },
];

const CACHE = path.join(REPO_ROOT, 'bench/.cache/noise');
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const MEDIUM_UP = new Set(['critical', 'high', 'medium']);

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const only = opt('only')?.split(',');
const trees = TREES.filter((t) => !only || only.includes(t.name));

/** The tree of one pinned package, fetched and unpacked once (npm itself from the global install when that is the pinned version). */
function prepare(tree) {
  const globalNpm = tree.name === 'npm' ? path.join(run('npm', ['root', '-g']).trim(), 'npm') : undefined;
  const useGlobal = globalNpm && existsSync(globalNpm) && JSON.parse(readFileSync(path.join(globalNpm, 'package.json'), 'utf8')).version === tree.version;
  if (!useGlobal) return packageTree(CACHE, tree.name, tree.version);
  const dir = path.join(CACHE, 'trees', `${tree.name}@${tree.version}`);
  if (existsSync(path.join(dir, 'package.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(globalNpm, dir, { recursive: true, dereference: false });
  renameNodeModules(dir);
  return dir;
}

function scan(tree, dir) {
  const out = path.join(CACHE, `report-${tree.name}.json`);
  // Default configuration and gate (fail-on high): exit 1 only means the gate failed.
  const r = spawnSync(process.execPath, [VOUCH, 'scan', dir, '--root', dir, '--no-cache', '--format', 'json', '-o', out,
    ...(args.includes('--offline') ? ['--offline'] : [])], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (![0, 1, 3].includes(r.status ?? -1)) throw new Error(`vouch scan ${tree.name}: exit ${r.status}\n${r.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

const contextTags = (f) => (f.tags ?? []).filter((t) => t === 'test' || t === 'docs');
const rows = [];
const all = [];
for (const tree of trees) {
  const dir = prepare(tree);
  const started = Date.now();
  const report = scan(tree, dir);
  const gating = new Set(report.gate.reasons.flatMap((r) => r.findings ?? []));
  const findings = report.findings.map((f) => ({ ...f, tree: tree.name, gating: gating.has(f.fingerprint) }));
  all.push(...findings);
  rows.push({
    tree: `${tree.name}@${tree.version}`, files: report.stats.filesScanned, lines: report.stats.linesScanned, findings: findings.length,
    mediumUp: findings.filter((f) => MEDIUM_UP.has(f.severity) && !contextTags(f).length).length,
    gating: findings.filter((f) => f.gating).length,
    errors: report.notices.filter((n) => n.level === 'error').map((n) => `${n.path}: ${n.reason}`),
    seconds: (Date.now() - started) / 1000,
  });
}

const lines = rows.reduce((n, r) => n + r.lines, 0);
const per = (n, span) => (lines ? (n * span / lines).toFixed(2) : '0');
const mediumUp = all.filter((f) => MEDIUM_UP.has(f.severity) && !contextTags(f).length);
const gating = all.filter((f) => f.gating);

const md = [];
md.push(`| tree | files | lines | findings | medium+ (not test/docs) | failing the default gate | scan errors | seconds |`);
md.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) md.push(`| ${r.tree} | ${r.files} | ${r.lines} | ${r.findings} | ${r.mediumUp} | ${r.gating} | ${r.errors.length} | ${r.seconds.toFixed(1)} |`);
md.push(`| **all** | ${rows.reduce((n, r) => n + r.files, 0)} | ${lines} | ${all.length} | ${mediumUp.length} | ${gating.length} | ${rows.reduce((n, r) => n + r.errors.length, 0)} | |`);
md.push('');
md.push(`Per 10,000 lines: **${per(all.length, 10_000)}** findings. Medium or above outside test/docs per 50,000 lines: **${per(mediumUp.length, 50_000)}** (issue 12 target: at most 1). Failing the default gate (fail-on high) per 50,000 lines: **${per(gating.length, 50_000)}**.`);
md.push('');
const byRule = new Map();
for (const f of all) {
  const row = byRule.get(f.ruleId) ?? { ...Object.fromEntries(SEVERITIES.map((s) => [s, 0])), gating: 0, context: 0 };
  row[f.severity]++;
  if (f.gating) row.gating++;
  if (contextTags(f).length) row.context++;
  byRule.set(f.ruleId, row);
}
md.push(`| rule | ${SEVERITIES.join(' | ')} | total | per 10k lines | gating | non-gating | of which test/docs |`);
md.push(`| --- | ${SEVERITIES.map(() => '---').join(' | ')} | --- | --- | --- | --- | --- |`);
for (const [rule, row] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
  const total = SEVERITIES.reduce((n, s) => n + row[s], 0);
  md.push(`| \`${rule}\` | ${SEVERITIES.map((s) => row[s] || '').join(' | ')} | ${total} | ${per(total, 10_000)} | ${row.gating} | ${total - row.gating} | ${row.context} |`);
}
const errors = rows.flatMap((r) => r.errors.map((e) => `${r.tree}/${e}`));
if (errors.length) {
  md.push('');
  md.push('Scan errors:');
  for (const e of errors) md.push(`- ${e}`);
}
const listing = [];
for (const f of [...all].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId))) {
  const tags = contextTags(f);
  listing.push(`- ${f.gating ? '**gating** ' : ''}\`${f.ruleId}\` ${f.severity}${tags.length ? ` [${tags.join(',')}]` : ''} ${f.tree}/${f.location.path}:${f.location.startLine} — ${f.message.slice(0, 160).replace(/\s+/g, ' ')}`);
}

console.log(md.join('\n'));
console.log('');
console.log('Every finding:');
console.log(listing.join('\n'));
writeFileSync(opt('json') ?? path.join(CACHE, 'last.json'), JSON.stringify({ rows, findings: all }, null, 2));

if (args.includes('--write')) {
  const file = path.join(REPO_ROOT, 'bench/RESULTS.md');
  const text = readFileSync(file, 'utf8');
  const block = ['<!-- noise:start -->', `Pinned trees, default configuration${args.includes('--offline') ? ', offline' : ', registry checks on'} (\`node bench/noise.mjs --write\`):`, '', ...md,
    '', 'Findings at medium or above outside test/docs:', '', ...(mediumUp.length ? listing.filter((l) => mediumUp.some((f) => l.includes(`${f.tree}/${f.location.path}:${f.location.startLine} `))) : ['- none']), '<!-- noise:end -->'].join('\n');
  const next = /<!-- noise:start -->[\s\S]*<!-- noise:end -->/.test(text)
    ? text.replace(/<!-- noise:start -->[\s\S]*<!-- noise:end -->/, () => block)
    : `${text.trimEnd()}\n\n## Noise on pinned real trees (issue 12): \`node bench/noise.mjs\`\n\n${block}\n`;
  writeFileSync(file, next);
}
