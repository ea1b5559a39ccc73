#!/usr/bin/env node
// Dependencies analyzer figures (run `npx tsc -p .` first):
//  1. parse + match a generated 50,000-package package-lock.json against an advisory database;
//  2. `vouch db import` time and database size for a generated OSV archive (all.zip format).
// Usage: node bench/deps-speed.mjs [--packages 50000] [--advisories 50000]
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const dist = new URL('../dist/src/analyzers/dependencies/', import.meta.url);
const { collectDependencies } = await import(new URL('parsers/index.js', dist));
const { matchVulnerabilities } = await import(new URL('match.js', dist));
const { AdvisoryDb } = await import(new URL('db/advisory-db.js', dist));
const { importFromPath, updateEcosystem } = await import(new URL('db/update.js', dist));
const { analyzeDependencies } = await import(new URL('index.js', dist));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PACKAGES = arg('packages', 50_000);
const ADVISORIES = arg('advisories', 50_000);
const dir = mkdtempSync(join(tmpdir(), 'vouch-bench-deps-'));

// Deterministic pseudo-random numbers so runs are comparable.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

function buildZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.from(e.data);
    const packed = deflateRawSync(raw);
    const name = Buffer.from(e.name);
    const crc = crc32(raw) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(raw.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}

// Package names: 20,000 distinct names, each installed in one or more versions (nested copies).
const NAMES = 20_000;
const nameOf = (i) => (i % 7 === 0 ? `@scope${i % 50}/pkg-${i}` : `pkg-${i}`);
const version = () => `${Math.floor(rand() * 5)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 30)}`;

// OSV archive: advisories spread over a namespace ten times the lockfile's (as the real database
// covers far more packages than one project uses); a quarter are malware-style version lists.
const records = [];
for (let i = 0; i < ADVISORIES; i++) {
  const n = Math.floor(rand() * NAMES * 10);
  const id = i % 4 === 0 ? `MAL-2026-${i}` : `GHSA-bnch-${String(i).padStart(4, '0')}-xxxx`;
  const affected = i % 4 === 0
    ? { package: { ecosystem: 'npm', name: nameOf(n) }, versions: [version(), version()] }
    : { package: { ecosystem: 'npm', name: nameOf(n) }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: version() }] }] };
  records.push({
    name: `${id}.json`,
    data: JSON.stringify({
      id, modified: '2026-11-01T00:00:00Z', aliases: i % 4 === 0 ? [] : [`CVE-2026-${10000 + i}`], summary: `Benchmark advisory ${i}`,
      severity: i % 4 === 0 ? undefined : [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }], affected: [affected],
    }),
  });
}
const zipPath = join(dir, 'all.zip');
writeFileSync(zipPath, buildZip(records));
const dbPath = join(dir, 'advisories.sqlite');
const imported = await importFromPath({ dbPath, path: zipPath });
const dbBytes = statSync(dbPath).size + (statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0);

// The same archive through `vouch db update` from a mirror on 127.0.0.1 (download + import).
const { createServer } = await import('node:http');
const { readFileSync } = await import('node:fs');
const zipBody = readFileSync(zipPath);
const server = createServer((req, res) => {
  if (req.url === '/npm/all.zip') res.writeHead(200, { 'content-length': zipBody.length }).end(zipBody);
  else res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const updated = await updateEcosystem({ dbPath: join(dir, 'updated.sqlite'), ecosystem: 'npm', baseUrl: `http://127.0.0.1:${server.address().port}` });
server.close();

// package-lock.json v3 with PACKAGES entries; every fifth one a nested copy.
const packages = { '': { name: 'bench', version: '1.0.0', dependencies: {} } };
for (let i = 0; i < PACKAGES; i++) {
  const name = nameOf(i % NAMES);
  // Nested copies live under a parent chosen so that every key is distinct.
  const key = i < NAMES ? `node_modules/${name}` : `node_modules/${nameOf((i + 1 + Math.floor(i / NAMES)) % NAMES)}/node_modules/${name}`;
  packages[key] = { version: version(), resolved: `https://registry.npmjs.org/${name}/-/x.tgz`, integrity: 'sha512-AAAA' };
  if (i < 2000) packages[''].dependencies[name] = '*';
}
const lockText = JSON.stringify({ name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2);
const projectDir = join(dir, 'project');
const { mkdirSync } = await import('node:fs');
mkdirSync(projectDir);
writeFileSync(join(projectDir, 'package-lock.json'), lockText);
const entries = Object.keys(packages).length - 1;

const files = [{ path: 'package-lock.json', absPath: join(projectDir, 'package-lock.json') }];
const runs = [];
let matched = 0;
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const collected = collectDependencies(files, projectDir);
  const t1 = performance.now();
  const db = AdvisoryDb.open(dbPath, { readonly: true });
  const matches = matchVulnerabilities(db, collected.installed);
  db.close();
  const t2 = performance.now();
  matched = matches.length;
  runs.push({ parse: t1 - t0, match: t2 - t1, total: t2 - t0, installed: collected.installed.length });
}
const best = runs.reduce((a, b) => (a.total < b.total ? a : b));

const config = { dependencies: { dbPath, registryChecks: false } };
const t3 = performance.now();
const result = await analyzeDependencies({ root: projectDir, config, files: files.map((f) => ({ ...f, kind: 'lockfile' })), facts: new Map(), offline: true });
const analyzerMs = performance.now() - t3;

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
console.log(`advisory archive: ${ADVISORIES} OSV records, ${mb(statSync(zipPath).size)} zip`);
console.log(`db import: ${imported.counts.imported} advisories in ${(imported.ms / 1000).toFixed(2)} s; database ${mb(dbBytes)}`);
console.log(`db update from a 127.0.0.1 mirror: ${updated.counts.imported} advisories, ${mb(updated.bytes)} downloaded, ${(updated.ms / 1000).toFixed(2)} s`);
console.log(`lockfile: ${entries} entries, ${mb(Buffer.byteLength(lockText))}`);
console.log(`parse: ${best.parse.toFixed(0)} ms, match: ${best.match.toFixed(0)} ms, parse+match: ${best.total.toFixed(0)} ms (best of 3; runs: ${runs.map((r) => r.total.toFixed(0)).join(', ')} ms) → ${matched} vulnerable package versions`);
console.log(`full analyzer (offline, with findings and snippets): ${analyzerMs.toFixed(0)} ms, ${result.findings.length} findings`);
console.log(`target parse+match < 2000 ms: ${best.total < 2000 ? 'met' : 'NOT met'}`);
rmSync(dir, { recursive: true, force: true });
