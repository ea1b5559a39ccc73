import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildZip, copyFixture, fixtureAdvisories, startServer, tempDir } from './helpers.js';

const run = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'vouch.js');

/** Runs the real CLI in a child process (async, so the test's HTTP server keeps answering). */
async function vouch(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env, NO_COLOR: '1' }, timeout: 30_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('vouch db and vouch deps (CLI)', () => {
  it('db status without a database says how to get one; db update fills it from a mirror; deps then gates on it', async () => {
    const npm = buildZip(fixtureAdvisories().filter((a) => a.data.includes('"npm"')));
    const srv = await startServer((req, res) => {
      if (req.url === '/osv/npm/all.zip') res.writeHead(200).end(npm);
      else res.writeHead(404).end();
    });
    try {
      const home = tempDir();
      const env = { VOUCH_DB: join(home, 'db', 'advisories.sqlite'), HOME: home, XDG_CACHE_HOME: join(home, 'cache') };
      const project = copyFixture('npm-v3');

      const empty = await vouch(['db', 'status'], env, project);
      assert.match(empty.stdout, /no advisory database at .*advisories\.sqlite: run `vouch db update`/, empty.stderr);
      assert.equal(empty.code, 3);

      const noDb = await vouch(['deps', '.', '--offline', '--format', 'json'], env, project);
      const noDbReport = JSON.parse(noDb.stdout) as { findings: { ruleId: string }[] };
      assert.deepEqual(noDbReport.findings.map((f) => f.ruleId), ['deps/no-advisory-db']);

      const partial = await vouch(['db', 'update', '--url', `${srv.url}/osv`], env, project);
      assert.equal(partial.code, 3); // PyPI is missing on this mirror
      assert.match(partial.stdout, /^npm: 3 advisories from http:\/\/127\.0\.0\.1:\d+\/osv\/npm\/all\.zip/m);
      assert.match(partial.stderr, /PyPI: cannot download .*HTTP 404; the previous PyPI data, if any, is unchanged/);

      const ok = await vouch(['db', 'update', '--url', `${srv.url}/osv`, '--ecosystem', 'npm'], env, project);
      assert.equal(ok.code, 0);
      const status = await vouch(['db', 'status', '--json'], env, project);
      const s = JSON.parse(status.stdout) as { advisories: number; ecosystems: { ecosystem: string }[] };
      assert.equal(s.advisories, 3);
      assert.deepEqual(s.ecosystems.map((e) => e.ecosystem), ['npm']);

      const deps = await vouch(['deps', '.', '--offline', '--format', 'sarif'], env, project);
      assert.equal(deps.code, 1);
      const sarif = JSON.parse(deps.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
      assert.deepEqual(sarif.runs[0]!.results.map((r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`).sort(), [
        'deps/known-vulnerability package-lock.json:36',
        'deps/known-vulnerability package-lock.json:36',
        'deps/known-vulnerability package-lock.json:40',
        'deps/known-vulnerability package-lock.json:51',
      ]);
      assert.match(deps.stderr, /advisory database .*: npm updated today/);

      const bad = await vouch(['db', 'import', join(home, 'missing')], env, project);
      assert.equal(bad.code, 2);

      // A stored (uncompressed) archive imports; an unreadable one is one clear line and exit 3, no stack trace.
      writeFileSync(join(home, 'stored.zip'), buildZip(fixtureAdvisories(), { stored: true }));
      const stored = await vouch(['db', 'import', join(home, 'stored.zip')], env, project);
      assert.equal(stored.code, 0, stored.stderr);
      assert.match(stored.stdout, /^imported 6 advisories \(npm 4, PyPI 3\)/);
      writeFileSync(join(home, 'truncated.zip'), buildZip(fixtureAdvisories(), { stored: true }).subarray(0, 200));
      const unreadable = await vouch(['db', 'import', join(home, 'truncated.zip')], env, project);
      assert.equal(unreadable.code, 3);
      assert.match(unreadable.stderr, /^vouch: db import: .*truncated\.zip: not a readable zip archive: .*; the database is unchanged\n$/);
      assert.doesNotMatch(unreadable.stderr, /internal error|\n\s+at /);
    } finally { await srv.close(); }
  });
});
