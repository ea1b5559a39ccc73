import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RegistryClient } from '../../src/analyzers/dependencies/registry/client.js';
import { startServer, tempDir } from './helpers.js';

const npmDoc = (created: string, versions: string[]) => JSON.stringify({
  name: 'x', 'dist-tags': { latest: versions.at(-1) },
  versions: Object.fromEntries(versions.map((v) => [v, { version: v }])),
  time: { created, modified: created, ...Object.fromEntries(versions.map((v) => [v, created])) },
});

describe('registry client against a local registry', () => {
  it('reads npm and PyPI metadata, treats 404 as "does not exist", encodes scoped names', async () => {
    const seen: string[] = [];
    const srv = await startServer((req, res) => {
      seen.push(req.url!);
      if (req.url === '/express') res.end(npmDoc('2010-12-29T19:38:25.450Z', ['4.18.2', '4.19.0', '4.21.2']));
      else if (req.url === '/@acme%2Fwidgets') res.end(npmDoc('2026-11-20T00:00:00.000Z', ['0.0.1']));
      else if (req.url === '/pypi/requests/json') {
        res.end(JSON.stringify({ info: { version: '2.32.3' }, releases: {
          '2.31.0': [{ upload_time_iso_8601: '2023-05-22T15:12:44.175Z' }], '2.32.3': [{ upload_time_iso_8601: '2024-05-29T15:37:47.000Z' }], '0.0.0': [],
        } }));
      } else res.writeHead(404).end('{"error":"Not found"}');
    });
    try {
      const client = new RegistryClient({ npmUrl: srv.url, pypiUrl: srv.url });
      assert.deepEqual(await client.lookup('npm', 'express'), { ok: true, info: { exists: true, createdAt: '2010-12-29T19:38:25.450Z', versionCount: 3, latest: '4.21.2' } });
      assert.deepEqual(await client.lookup('npm', '@acme/widgets'), { ok: true, info: { exists: true, createdAt: '2026-11-20T00:00:00.000Z', versionCount: 1, latest: '0.0.1' } });
      assert.deepEqual(await client.lookup('PyPI', 'Requests'), { ok: true, info: { exists: true, createdAt: '2023-05-22T15:12:44.175Z', versionCount: 2, latest: '2.32.3' } });
      assert.deepEqual(await client.lookup('npm', 'express-jwt-validator-pro'), { ok: true, info: { exists: false } });
      assert.deepEqual(seen, ['/express', '/@acme%2Fwidgets', '/pypi/requests/json', '/express-jwt-validator-pro']);
    } finally { await srv.close(); }
  });

  it('retries 500s with backoff, then succeeds; gives up with a reason after the retries', async () => {
    let flaky = 0;
    let down = 0;
    const srv = await startServer((req, res) => {
      if (req.url === '/flaky' && ++flaky < 3) { res.writeHead(500).end(); return; }
      if (req.url === '/flaky') { res.end(npmDoc('2015-01-01T00:00:00.000Z', ['1.0.0', '1.0.1', '1.1.0'])); return; }
      down++;
      res.writeHead(502).end();
    });
    try {
      const client = new RegistryClient({ npmUrl: srv.url, retries: 2, backoffMs: 5 });
      const ok = await client.lookup('npm', 'flaky');
      assert.equal(ok.ok && ok.info.versionCount, 3);
      assert.equal(flaky, 3);
      const failed = await client.lookup('npm', 'always-down');
      assert.deepEqual(failed, { ok: false, reason: "npm registry lookup of 'always-down' failed: HTTP 502" });
      assert.equal(down, 3);
    } finally { await srv.close(); }
  });

  it('stops asking a registry that keeps failing', async () => {
    let hits = 0;
    const srv = await startServer((_req, res) => { hits++; res.writeHead(503).end(); });
    try {
      const client = new RegistryClient({ npmUrl: srv.url, retries: 0, concurrency: 1 });
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await client.lookup('npm', `name-${i}`));
      assert.equal(hits, RegistryClient.FAILURES_BEFORE_GIVING_UP);
      assert.match((results[6] as { reason: string }).reason, /skipped: the registry failed 4 lookups in a row/);
    } finally { await srv.close(); }
  });

  it('times out slow replies and reports malformed JSON without retrying it', async () => {
    let malformed = 0;
    const srv = await startServer((req, res) => {
      if (req.url === '/slow') { setTimeout(() => { if (!res.destroyed) res.end(npmDoc('2015-01-01T00:00:00Z', ['1.0.0'])); }, 2000); return; }
      malformed++;
      res.end('{"versions": {');
    });
    try {
      const client = new RegistryClient({ npmUrl: srv.url, timeoutMs: 150, retries: 1, backoffMs: 5 });
      const started = Date.now();
      const slow = await client.lookup('npm', 'slow');
      assert.deepEqual(slow, { ok: false, reason: "npm registry lookup of 'slow' failed: timed out after 150 ms" });
      assert.ok(Date.now() - started < 1500, 'gave up long before the server answered');
      assert.deepEqual(await client.lookup('npm', 'broken'), { ok: false, reason: "npm registry lookup of 'broken' failed: malformed JSON in the registry response" });
      assert.equal(malformed, 1);
    } finally { await srv.close(); }
  });

  it('caches answers on disk across clients and never runs more than `concurrency` requests at once', async () => {
    let active = 0;
    let peak = 0;
    let hits = 0;
    const srv = await startServer((_req, res) => {
      hits++;
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => { active--; res.end(npmDoc('2015-01-01T00:00:00.000Z', ['1.0.0', '2.0.0', '3.0.0'])); }, 20);
    });
    const cacheDir = tempDir();
    try {
      const names = Array.from({ length: 12 }, (_, i) => `pkg-${i}`);
      const first = new RegistryClient({ npmUrl: srv.url, cacheDir, concurrency: 3 });
      const results = await Promise.all(names.map((n) => first.lookup('npm', n)));
      assert.ok(results.every((r) => r.ok && r.info.exists));
      assert.equal(hits, 12);
      assert.equal(peak, 3);
      const second = new RegistryClient({ npmUrl: srv.url, cacheDir, concurrency: 3 });
      await Promise.all(names.map((n) => second.lookup('npm', n)));
      assert.equal(second.requests, 0);
      assert.equal(hits, 12);
      // An expired cache asks again.
      const expired = new RegistryClient({ npmUrl: srv.url, cacheDir, cacheTtlMs: 0 });
      await new Promise((r) => setTimeout(r, 5));
      await expired.lookup('npm', 'pkg-0');
      assert.equal(hits, 13);
    } finally { await srv.close(); }
  });
});
