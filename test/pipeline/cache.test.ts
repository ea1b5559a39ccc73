/**
 * The scan cache (pipeline/cache.ts) never changes a result: a cached rescan equals a cold scan,
 * including after a callee in another file is edited, and a corrupt cache is ignored with a notice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import type { ScanResult } from '../../src/pipeline/scan-result.js';

const ROUTE = [
  "const express = require('express');",
  "const { runReport } = require('./lib/report');",
  'const app = express();',
  "app.get('/report', (req, res) => {",
  '  res.send(runReport(req.query.name));',
  '});',
  'app.listen(3000);',
].join('\n');

const UNSAFE_CALLEE = [
  "const { execSync } = require('child_process');",
  'function runReport(name) {',
  "  return execSync('make-report ' + name).toString();",
  '}',
  'module.exports = { runReport };',
].join('\n');

// Same shape, no shell: the argument cannot inject a command.
const SAFE_CALLEE = [
  "const { execFileSync } = require('child_process');",
  'function runReport(name) {',
  "  return execFileSync('make-report', ['--name', String(name).length > 0 ? 'x' : 'y']).toString();",
  '}',
  'module.exports = { runReport };',
].join('\n');

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** What a report says, without timings. */
function essence(r: ScanResult): unknown {
  return {
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, location: f.location, fingerprint: f.fingerprint, status: f.status, message: f.message })),
    notices: r.notices,
    scanned: r.stats.filesScanned,
    lines: r.stats.linesScanned,
  };
}

async function scan(root: string, cacheDir?: string): Promise<ScanResult> {
  return runScan({ root, config: defaultConfig(), groups: ['code', 'secrets'], jobs: 1, failOn: 'none', cacheDir });
}

test('a cached rescan equals a cold scan, also after editing a callee in another file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-cache-proj-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'vouch-cache-dir-'));
  try {
    write(root, { 'server.js': ROUTE, 'lib/report.js': UNSAFE_CALLEE });
    const cold1 = await scan(root);
    // The cross-file flow is what the cache must keep right: the route's argument reaches the shell in lib/report.js.
    assert.ok(cold1.findings.some((f) => f.ruleId === 'js/command-injection'), JSON.stringify(cold1.findings.map((f) => f.ruleId)));
    const fill = await scan(root, cacheDir);
    assert.deepEqual(essence(fill), essence(cold1));
    assert.ok(readdirSync(join(cacheDir, 'v1')).length > 0, 'entries were written');
    const warm = await scan(root, cacheDir);
    assert.deepEqual(essence(warm), essence(cold1));

    write(root, { 'lib/report.js': SAFE_CALLEE });
    const cold2 = await scan(root);
    const warm2 = await scan(root, cacheDir);
    assert.deepEqual(essence(warm2), essence(cold2));
    assert.notDeepEqual(essence(cold2), essence(cold1), 'the edit changed the result');
    assert.ok(!cold2.findings.some((f) => f.ruleId === 'js/command-injection'));

    // And back: the old entries are reused and still right.
    write(root, { 'lib/report.js': UNSAFE_CALLEE });
    assert.deepEqual(essence(await scan(root, cacheDir)), essence(cold1));
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('corrupt or foreign cache entries are ignored with a notice, never trusted', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-cache-proj-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'vouch-cache-dir-'));
  try {
    write(root, { 'server.js': ROUTE, 'lib/report.js': UNSAFE_CALLEE });
    const cold = await scan(root);
    await scan(root, cacheDir);
    let n = 0;
    for (const sub of readdirSync(join(cacheDir, 'v1'))) {
      for (const name of readdirSync(join(cacheDir, 'v1', sub))) {
        // Alternate garbage and a well-formed entry from "another tool" that claims no findings.
        const text = n++ % 2 === 0 ? '{"format":"vouch-scan-cache/1","key":"x' : JSON.stringify({ format: 'other/9', key: name.slice(0, -5), outcome: { findings: [], notices: [] } });
        writeFileSync(join(cacheDir, 'v1', sub, name), text);
      }
    }
    const again = await scan(root, cacheDir);
    const notice = again.notices.find((x) => x.reason.startsWith('scan cache:'));
    assert.ok(notice && notice.level === 'warning' && /corrupt or foreign/.test(notice.reason), JSON.stringify(again.notices));
    assert.deepEqual(essence({ ...again, notices: again.notices.filter((x) => x !== notice) }), essence(cold));
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('an unchanged tree is answered from one whole-tree entry; adding, editing or removing any file falls back to the per-file entries', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-cache-proj-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'vouch-cache-dir-'));
  try {
    write(root, { 'server.js': ROUTE, 'lib/report.js': UNSAFE_CALLEE, 'README.md': 'report service\n' });
    const cold = await scan(root);
    await scan(root, cacheDir);
    assert.equal(readdirSync(join(cacheDir, 'v1', 'tree')).length, 1);
    // Per-file entries spoiled: the unchanged tree is answered by the whole-tree entry alone (no
    // per-file entry is read, so none is reported corrupt).
    for (const sub of readdirSync(join(cacheDir, 'v1'))) {
      if (sub === 'tree') continue;
      for (const name of readdirSync(join(cacheDir, 'v1', sub))) writeFileSync(join(cacheDir, 'v1', sub, name), 'spoiled');
    }
    const warm = await scan(root, cacheDir);
    assert.deepEqual(essence(warm), essence(cold));
    for (const sub of readdirSync(join(cacheDir, 'v1'))) if (sub !== 'tree') rmSync(join(cacheDir, 'v1', sub), { recursive: true });

    // A new file with a flaw of its own: the whole-tree entry no longer matches.
    write(root, { 'lib/ping.js': "const { exec } = require('child_process');\nmodule.exports = (app) => app.get('/ping', (req, res) => exec('ping ' + req.query.host, () => res.end()));\n" });
    const added = await scan(root, cacheDir);
    assert.deepEqual(essence(added), essence(await scan(root)));
    assert.ok(added.findings.some((f) => f.location.path === 'lib/ping.js'), JSON.stringify(added.findings.map((f) => f.location.path)));
    // Only the latest tree is kept.
    assert.equal(readdirSync(join(cacheDir, 'v1', 'tree')).length, 1);

    // A file no analyzer reads is still part of the tree: editing it changes the key, not the result.
    write(root, { 'README.md': 'report service, v2\n' });
    assert.deepEqual(essence(await scan(root, cacheDir)), essence(added));

    rmSync(join(root, 'lib/ping.js'));
    assert.deepEqual(essence(await scan(root, cacheDir)), essence(cold));
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a cache that cannot be written: the same findings, one notice, whether the main thread or a worker analysed the files', async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-cache-ro-'));
  const blocker = join(mkdtempSync(join(tmpdir(), 'vouch-cache-ro-dir-')), 'file');
  writeFileSync(blocker, 'not a directory\n');
  try {
    write(root, { 'app.js': ROUTE, 'lib/report.js': UNSAFE_CALLEE });
    const few = await scan(root, join(blocker, 'cache'));
    // (Nine files and more go to the workers in import order.)
    for (let i = 0; i < 8; i++) write(root, { [`lib/words/w${i}.js`]: `exports.word = 'w${i}';\n` });
    const many = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 2, failOn: 'none', cacheDir: join(blocker, 'cache') });
    for (const r of [few, many]) {
      assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`), ['js/command-injection lib/report.js:3']);
      const cacheNotices = r.notices.filter((n) => n.reason.startsWith('scan cache:'));
      assert.equal(cacheNotices.length, 1);
      assert.match(cacheNotices[0]!.reason, /^scan cache: cannot write to .* \(ENOTDIR\); results were not cached$/);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(dirname(blocker), { recursive: true, force: true });
  }
});

test("an unchanged tree also reuses the tree-only project analyzers' results (js/missing-rate-limit across files); a spoiled one is run again", async () => {
  const root = mkdtempSync(join(tmpdir(), 'vouch-cache-project-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'vouch-cache-dir-'));
  try {
    write(root, {
      'package.json': '{ "name": "auth", "private": true, "dependencies": { "express": "4.21.2", "bcrypt": "5.1.1" } }',
      'auth.js': [
        "const express = require('express');",
        "const bcrypt = require('bcrypt');",
        "const users = require('./users');",
        'const app = express();',
        'app.use(express.json());',
        "app.post('/login', async (req, res) => {",
        '  const user = await users.find(req.body.email);',
        '  const ok = user && (await bcrypt.compare(req.body.password, user.hash));',
        '  res.json({ ok: !!ok });',
        '});',
        'app.listen(3001);',
      ].join('\n'),
      'users.js': 'module.exports = { find: async (email) => null };\n',
    });
    const cold = await scan(root);
    assert.ok(cold.findings.some((f) => f.ruleId === 'js/missing-rate-limit' && f.location.path === 'auth.js' && f.location.startLine === 6), JSON.stringify(cold.findings.map((f) => f.ruleId)));
    await scan(root, cacheDir);
    const [entryName] = readdirSync(join(cacheDir, 'v1', 'tree'));
    const entryPath = join(cacheDir, 'v1', 'tree', entryName!);
    const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { project?: Record<string, { findings: { ruleId: string }[] }> };
    assert.deepEqual(entry.project?.['code-project']?.findings.map((f) => f.ruleId), ['js/missing-rate-limit']);
    // The kept result is what the warm scan reports: a finding written into it shows up.
    const kept = JSON.parse(readFileSync(entryPath, 'utf8'));
    kept.project['code-project'].findings[0].message = 'kept result';
    writeFileSync(entryPath, JSON.stringify(kept));
    const warm = await scan(root, cacheDir);
    assert.equal(warm.findings.find((f) => f.ruleId === 'js/missing-rate-limit')?.message, 'kept result');
    // A project result that is not one: the analyzer runs again, and the report is the cold one.
    kept.project['code-project'] = 'spoiled';
    writeFileSync(entryPath, JSON.stringify(kept));
    assert.deepEqual(essence(await scan(root, cacheDir)), essence(cold));
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
