import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AdvisoryDb } from '../../src/analyzers/dependencies/db/advisory-db.js';
import { importFromPath, updateEcosystem } from '../../src/analyzers/dependencies/db/update.js';
import { matchVulnerabilities } from '../../src/analyzers/dependencies/match.js';
import { buildZip, fixtureAdvisories, startServer, tempDir } from './helpers.js';

const npmAdvisories = () => fixtureAdvisories().filter((a) => a.data.includes('"ecosystem": "npm"'));
const pypiAdvisories = () => fixtureAdvisories().filter((a) => a.data.includes('"ecosystem": "PyPI"'));

describe('vouch db update against a local OSV mirror', () => {
  it('downloads <url>/<ecosystem>/all.zip, imports it and records the source and time', async () => {
    const requested: string[] = [];
    const zips: Record<string, Buffer> = { '/npm/all.zip': buildZip(npmAdvisories()), '/PyPI/all.zip': buildZip(pypiAdvisories()) };
    const srv = await startServer((req, res) => {
      requested.push(req.url ?? '');
      const body = zips[req.url ?? ''];
      if (!body) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length }).end(body);
    });
    const dbPath = join(tempDir(), 'nested', 'advisories.sqlite');
    try {
      const npm = await updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: `${srv.url}/` });
      const pypi = await updateEcosystem({ dbPath, ecosystem: 'PyPI', baseUrl: srv.url });
      assert.deepEqual(requested, ['/npm/all.zip', '/PyPI/all.zip']);
      assert.equal(npm.counts.imported, 3);
      assert.equal(pypi.counts.imported, 3);
      assert.equal(npm.bytes, zips['/npm/all.zip']!.length);
      const db = AdvisoryDb.open(dbPath, { readonly: true });
      try {
        const status = db.status();
        assert.deepEqual(status.ecosystems.map((e) => `${e.ecosystem} ${e.advisories} ${e.source}`), [
          `npm 3 ${srv.url}/npm/all.zip`, `PyPI 3 ${srv.url}/PyPI/all.zip`,
        ]);
        assert.ok(Date.now() - Date.parse(status.ecosystems[0]!.updatedAt) < 60_000);
        const m = matchVulnerabilities(db, [{ ecosystem: 'npm', name: 'minimist', version: '1.2.5', direct: true, dev: false, path: 'p', line: 1 }]);
        assert.deepEqual(m.map((x) => `${x.id} ${x.severity} ${x.fixed}`), ['CVE-2021-44906 critical 1.2.6']);
      } finally { db.close(); }
    } finally { await srv.close(); }
  });

  it('a second update replaces the ecosystem: advisories removed upstream disappear', async () => {
    let body = buildZip(npmAdvisories());
    const srv = await startServer((_req, res) => { res.writeHead(200).end(body); });
    const dbPath = join(tempDir(), 'advisories.sqlite');
    try {
      await updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: srv.url });
      body = buildZip(npmAdvisories().filter((a) => a.name.startsWith('GHSA-xvch')));
      await updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: srv.url });
      const db = AdvisoryDb.open(dbPath, { readonly: true });
      try {
        assert.deepEqual([...db.affectedNames('npm')], ['minimist']);
      } finally { db.close(); }
    } finally { await srv.close(); }
  });

  it('HTTP errors, a truncated archive and bad entries are reported; the old data survives a failed update', async () => {
    const good = buildZip(npmAdvisories());
    const withJunk = buildZip([...npmAdvisories(), { name: 'broken.json', data: '{"id": ' }, { name: 'README.txt', data: 'not json' }]);
    const srv = await startServer((req, res) => {
      if (req.url === '/ok/npm/all.zip') res.writeHead(200).end(good);
      else if (req.url === '/junk/npm/all.zip') res.writeHead(200).end(withJunk);
      else if (req.url === '/truncated/npm/all.zip') res.writeHead(200).end(good.subarray(0, good.length - 40));
      else if (req.url === '/down/npm/all.zip') res.writeHead(503).end('maintenance');
      else res.writeHead(404).end();
    });
    const dbPath = join(tempDir(), 'advisories.sqlite');
    try {
      await updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: `${srv.url}/ok` });
      await assert.rejects(updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: `${srv.url}/down` }), /HTTP 503/);
      await assert.rejects(updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: `${srv.url}/missing` }), /HTTP 404/);
      await assert.rejects(updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: `${srv.url}/truncated` }), /zip/);
      const junk = await updateEcosystem({ dbPath, ecosystem: 'npm', baseUrl: `${srv.url}/junk` });
      assert.deepEqual(junk.problems, ['broken.json: not valid JSON']);
      assert.equal(junk.counts.imported, 3);
      const db = AdvisoryDb.open(dbPath, { readonly: true });
      try { assert.equal(db.status().advisories, 3); } finally { db.close(); }
    } finally { await srv.close(); }
  });

  it('vouch db import reads a local archive or a folder of OSV JSON files (air-gapped)', async () => {
    const dir = tempDir();
    const zipPath = join(dir, 'all.zip');
    writeFileSync(zipPath, buildZip(fixtureAdvisories()));
    const folder = join(dir, 'osv');
    mkdirSync(join(folder, 'npm'), { recursive: true });
    for (const a of npmAdvisories()) writeFileSync(join(folder, 'npm', a.name), a.data);
    const fromZip = await importFromPath({ dbPath: join(dir, 'a.sqlite'), path: zipPath });
    assert.equal(fromZip.counts.imported, 6);
    assert.deepEqual(fromZip.counts.ecosystems, { npm: 4, PyPI: 3 }); // minimist lists two affected entries
    const fromDir = await importFromPath({ dbPath: join(dir, 'b.sqlite'), path: folder });
    assert.equal(fromDir.counts.imported, 3);
    await assert.rejects(importFromPath({ dbPath: join(dir, 'c.sqlite'), path: join(dir, 'nope') }), /ENOENT/);
    assert.equal(existsSync(join(dir, 'c.sqlite')), false);
  });

  it('imports an archive whose entries are stored uncompressed (zip -0), and rejects an unreadable one without a database', async () => {
    const dir = tempDir();
    const stored = join(dir, 'stored.zip');
    writeFileSync(stored, buildZip(fixtureAdvisories(), { stored: true }));
    const r = await importFromPath({ dbPath: join(dir, 's.sqlite'), path: stored });
    assert.equal(r.counts.imported, 6);
    assert.deepEqual(r.counts.ecosystems, { npm: 4, PyPI: 3 });
    assert.deepEqual(r.problems, []);
    const junk = join(dir, 'junk.zip');
    writeFileSync(junk, 'this is not a zip archive\n');
    await assert.rejects(importFromPath({ dbPath: join(dir, 'j.sqlite'), path: junk }), (err: Error) => err.name === 'UnreadableArchiveError' && /not a readable zip archive/.test(err.message));
    assert.equal(existsSync(join(dir, 'j.sqlite')), false);
  });
});
