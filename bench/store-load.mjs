#!/usr/bin/env node
/**
 * Upload load test on loopback (issue 10): 50 concurrent uploads of 1,000 findings each to real
 * `vouch serve` processes, every one counted back from the store; p50/p95 latency, uploads/s, and
 * findings stored per GB. `--db sqlite` (default: one server on a SQLite file) or `--db postgres`
 * (a real PostgreSQL on 127.0.0.1, two server instances taking turns, as behind a load balancer).
 * Options: --uploads N (50), --findings N (1000), --servers N. Run `npm run build` first.
 * Writes bench/results/store-load-<db>.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const kind = arg('db', 'sqlite');
const uploads = Number(arg('uploads', 50));
const perUpload = Number(arg('findings', 1000));
const servers = Number(arg('servers', kind === 'postgres' ? 2 : 1));
const root = process.cwd();
const bin = join(root, 'bin', 'vouch.js');
const { Store } = await import(join(root, 'dist/src/store/store.js'));
const { makeReport } = await import(join(root, 'dist/test/helpers/reports.js'));

let target;
let pg;
if (kind === 'postgres') {
  const { PostgresServer } = await import(join(root, 'dist/test/helpers/postgres.js'));
  pg = await PostgresServer.start();
  target = await pg.createDatabase('load');
} else {
  target = join(mkdtempSync(join(tmpdir(), 'vouch-load-')), 'history.sqlite');
}

const store = await Store.open(target);
const { token: uploadToken } = await store.createToken('upload', 'load');

function startServer() {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', target], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve({ child, base: m[1] });
    });
    child.once('exit', () => reject(new Error(`serve exited: ${err}`)));
  });
}
const instances = await Promise.all(Array.from({ length: servers }, startServer));

// 50 repositories, each uploading one scan of 1,000 distinct findings (mixed severities and origins).
const SEV = ['critical', 'high', 'medium', 'low', 'info'];
const ORI = ['ai', 'human', 'unknown'];
const bodies = Array.from({ length: uploads }, (_, u) => JSON.stringify({
  ...makeReport({
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    findings: Array.from({ length: perUpload }, (_, i) => ({
      fingerprint: `u${u}-f${i}-${'x'.repeat(24)}`, severity: SEV[i % 5], origin: ORI[i % 3], path: `src/module${i % 97}/file${i % 13}.ts`, line: 1 + (i % 400),
      ruleId: ['js/sql-injection', 'js/xss', 'js/path-traversal', 'secrets/generic-api-key'][i % 4],
    })),
  }),
  repository: `load/repo-${u}`, branch: 'main', commit: `${u}`.padStart(40, '0'), trigger: 'ci',
}));
const bytes = bodies.reduce((n, b) => n + b.length, 0);

const latencies = [];
const statuses = {};
const t0 = performance.now();
await Promise.all(bodies.map(async (body, i) => {
  const base = instances[i % instances.length].base;
  const start = performance.now();
  const res = await fetch(`${base}/api/v1/scans`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${uploadToken}` }, body });
  await res.text();
  latencies.push(performance.now() - start);
  statuses[res.status] = (statuses[res.status] ?? 0) + 1;
}));
const wallMs = performance.now() - t0;
for (const { child } of instances) child.kill('SIGTERM');

// Count everything back.
const scans = (await store.listScans({ limit: 100_000 })).length;
const findings = await store.countFindings();
const occurrences = Number((await store.db.selectFrom('occurrences').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
let storeBytes;
if (kind === 'postgres') {
  const { sql } = await import('kysely');
  storeBytes = Number((await sql`select pg_database_size(current_database()) as n`.execute(store.db)).rows[0].n);
} else {
  const dir = join(target, '..');
  storeBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
await store.close();
await pg?.stop();

latencies.sort((a, b) => a - b);
const pct = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]);
const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: '2 cores shared with other jobs, loopback',
  db: kind,
  servers,
  uploads,
  findingsPerUpload: perUpload,
  payloadMiB: Math.round((bytes / uploads / 1048576) * 100) / 100,
  statuses,
  counted: { scans, findings, occurrences, expectedFindings: uploads * perUpload, lost: uploads * perUpload - findings },
  latencyMs: { p50: pct(50), p95: pct(95), max: Math.round(latencies.at(-1)) },
  wallSeconds: Math.round(wallMs / 10) / 100,
  uploadsPerSecond: Math.round((uploads / (wallMs / 1000)) * 100) / 100,
  findingsPerSecond: Math.round(((uploads * perUpload) / (wallMs / 1000))),
  storeMiB: Math.round((storeBytes / 1048576) * 10) / 10,
  findingsPerGiB: Math.round(findings / (storeBytes / 1073741824)),
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', `store-load-${kind}.json`), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
if (result.counted.lost !== 0 || scans !== uploads) process.exitCode = 1;
