import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { FileResult } from '../../src/analyzers/analyzer.js';
import { AdvisoryDb } from '../../src/analyzers/dependencies/db/advisory-db.js';
import { readOsvDirectory } from '../../src/analyzers/dependencies/db/osv-source.js';
import { analyzeDependencies, dependenciesAnalyzer } from '../../src/analyzers/dependencies/index.js';
import { RegistryClient } from '../../src/analyzers/dependencies/registry/client.js';
import { validateConfig } from '../../src/config/load.js';
import { allRules } from '../../src/analyzers/registry.js';
import { copyFixture, FIXTURES, projectContext, startServer, tempDir } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00.000Z');

function fixtureDbPath(updatedAt = NOW): string {
  const path = join(tempDir(), 'advisories.sqlite');
  const db = AdvisoryDb.open(path);
  db.importRecords(readOsvDirectory(join(FIXTURES, 'osv')).records, { source: 'fixtures', now: updatedAt });
  db.close();
  return path;
}

const summary = (r: FileResult): string[] =>
  r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}${f.severity ? ` ${f.severity}` : ''}`).sort();

describe('dependencies analyzer (offline, fixture advisory database)', () => {
  it('flags vulnerable versions at their lockfile lines, with reachability, and unused runtime dependencies', async () => {
    const root = copyFixture('npm-v3');
    const ctx = projectContext(root, { dependencies: { dbPath: fixtureDbPath() }, offline: true, imports: { 'server.js': ['express', 'lodash'] } });
    const r = await analyzeDependencies(ctx, { now: NOW });
    assert.deepEqual(summary(r), [
      'deps/known-vulnerability package-lock.json:36 high',
      'deps/known-vulnerability package-lock.json:36 high',
      'deps/known-vulnerability package-lock.json:40 critical',
      'deps/known-vulnerability package-lock.json:51 critical',
      'deps/unused-dependency package.json:10',
    ]);
    const byLine = (line: number) => r.findings.filter((f) => f.location.startLine === line && f.ruleId === 'deps/known-vulnerability');
    assert.deepEqual(byLine(36).map((f) => [f.properties!.advisories, f.properties!.fixedVersion, f.properties!.reachability]), [
      [['CVE-2020-8203', 'GHSA-p6mc-m468-83gw'], '4.17.19', 'imported'],
      [['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'], '4.17.21', 'imported'],
    ]);
    assert.match(byLine(36)[0]!.message, /^lodash@4\.17\.15 is affected by CVE-2020-8203 \(also GHSA-p6mc-m468-83gw\): Prototype Pollution in lodash — upgrade to 4\.17\.19 or later; imported by server\.js\.$/);
    assert.equal(byLine(40)[0]!.properties!.reachability, 'not-imported');
    assert.equal(byLine(51)[0]!.properties!.direct, false);
    assert.equal(byLine(51)[0]!.confidence, 'medium');
    assert.match(byLine(51)[0]!.message, /upgrade to 0\.2\.4 or later; transitive dependency, not imported by scanned source/);
    assert.deepEqual(r.notices.map((n) => `${n.path} ${n.level}`), ['(registry) skipped']);
  });

  it('reports nothing for the patched twin of the same project', async () => {
    const root = copyFixture('npm-v3-safe');
    const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath() }, offline: true, imports: { 'index.js': ['lodash', 'minimist'] } }), { now: NOW });
    assert.deepEqual(summary(r), []);
  });

  it('matches Python pins from requirements files (PEP 503 names, PEP 440 versions)', async () => {
    const root = copyFixture('python/req');
    const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath() }, offline: true }), { now: NOW });
    assert.deepEqual(summary(r), ['deps/known-vulnerability requirements.txt:3 medium', 'deps/known-vulnerability requirements.txt:6 medium']);
    assert.equal(r.findings[0]!.properties!.reachability, 'unknown');
    const uv = await analyzeDependencies(projectContext(copyFixture('python/uv'), { dependencies: { dbPath: fixtureDbPath() }, offline: true }), { now: NOW });
    assert.deepEqual(summary(uv), ['deps/known-vulnerability uv.lock:15 medium']); // requests 2.29.0; jinja2 3.1.4 is fixed
  });

  it('never passes silently without a database, and says when it is stale', async () => {
    const root = copyFixture('npm-v3');
    const missing = join(tempDir(), 'none.sqlite');
    const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: missing }, offline: true }), { now: NOW });
    assert.deepEqual(summary(r), ['deps/no-advisory-db package-lock.json:1']);
    assert.match(r.findings[0]!.message, /^No advisory database at .*none\.sqlite, so 7 npm package version\(s\) were not checked .* Run `vouch db update`/);
    const stale = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(new Date('2026-10-01T00:00:00Z')) }, offline: true }), { now: NOW });
    assert.ok(summary(stale).includes('deps/stale-advisory-db package-lock.json:1'));
    const garbage = join(tempDir(), 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database');
    const broken = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: garbage }, offline: true }), { now: NOW });
    assert.deepEqual(summary(broken), ['deps/no-advisory-db package-lock.json:1']);
    assert.deepEqual(broken.notices.map((n) => `${n.path} ${n.level}`), ['(advisory-db) error', '(registry) skipped']);
  });

  it('applies the deny-list and, when set, the allow-list to direct dependencies', async () => {
    const root = copyFixture('npm-v3');
    const r = await analyzeDependencies(projectContext(root, {
      dependencies: { dbPath: fixtureDbPath(), deny: ['minimist'], allow: ['lodash', 'express', 'typescript', 'minimist'], unusedCheck: false }, offline: true,
    }), { now: NOW });
    assert.deepEqual(summary(r).filter((s) => !s.startsWith('deps/known')), ['deps/denied-package package.json:10', 'deps/not-allowed package.json:13']);
  });

  it('turns unreadable and malformed lockfiles into notices and still checks the rest', async () => {
    const root = copyFixture('npm-v3');
    writeFileSync(join(root, 'yarn.lock'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(root, 'requirements.txt'), 'Jinja2==3.1.2\n');
    writeFileSync(join(root, 'poetry.lock'), '[[package]\nname = ');
    const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false }, offline: true }), { now: NOW });
    assert.deepEqual(r.notices.map((n) => `${n.path} ${n.level}`).sort(), ['(registry) skipped', 'poetry.lock error', 'yarn.lock skipped']);
    assert.ok(summary(r).includes('deps/known-vulnerability requirements.txt:1 medium'));
    assert.equal(summary(r).filter((s) => s.includes('package-lock.json')).length, 4);
  });
});

describe('dependencies analyzer with a registry (local server)', () => {
  it('flags hallucinated, typosquatted, new and thin packages; popular names are not looked up', async () => {
    const asked: string[] = [];
    const srv = await startServer((req, res) => {
      asked.push(req.url!);
      const doc = (created: string, versions: number) => JSON.stringify({
        versions: Object.fromEntries(Array.from({ length: versions }, (_, i) => [`1.0.${i}`, {}])), time: { created },
      });
      if (req.url === '/expresss') res.end(doc('2026-11-21T00:00:00.000Z', 1));
      else if (req.url === '/left-pad') res.end(doc('2014-03-26T00:00:00.000Z', 11));
      else res.writeHead(404).end();
    });
    try {
      const root = copyFixture('ai-app');
      const registry = new RegistryClient({ npmUrl: srv.url });
      const ctx = projectContext(root, { dependencies: { dbPath: fixtureDbPath(), deny: ['request'] }, imports: { 'src/app.js': ['axios', 'expresss', 'express-jwt-validator-pro', 'lodash', 'request'] } });
      const r = await analyzeDependencies(ctx, { now: NOW, registry });
      assert.deepEqual(summary(r), [
        'deps/denied-package package.json:10',
        'deps/few-versions package.json:6',
        'deps/hallucinated-package package.json:7',
        'deps/known-vulnerability package.json:8 high',
        'deps/known-vulnerability package.json:8 high',
        'deps/new-package package.json:6',
        'deps/typosquat package.json:6 high',
        'deps/unused-dependency package.json:9',
      ]);
      assert.deepEqual(asked.sort(), ['/express-jwt-validator-pro', '/expresss', '/left-pad']);
      const typo = r.findings.find((f) => f.ruleId === 'deps/typosquat')!;
      assert.equal(typo.properties!.similarTo, 'express');
      assert.deepEqual(r.notices.map((n) => `${n.path} ${n.level} ${n.reason}`), [
        'package.json skipped 5 dependencies are version ranges with no lockfile (axios, expresss, express-jwt-validator-pro, …); installed versions cannot be checked for known vulnerabilities — commit a lockfile or pin exact versions',
      ]);
    } finally { await srv.close(); }
  });

  it('typosquats weigh the candidate\'s own standing and say why', async () => {
    const srv = await startServer((req, res) => {
      const doc = (created: string, versions: number) => JSON.stringify({
        versions: Object.fromEntries(Array.from({ length: versions }, (_, i) => [`1.0.${i}`, {}])), time: { created },
      });
      const old = doc('2015-01-10T00:00:00.000Z', 30);
      const fresh = doc('2026-11-20T00:00:00.000Z', 1);
      const docs: Record<string, string> = { '/expresss': fresh, '/lodash_d': fresh, '/expres': old, '/babel-cli': old, '/eslint_d': old, '/browserify': old, '/tslint': old };
      if (docs[req.url!]) res.end(docs[req.url!]);
      else res.writeHead(404).end();
    });
    try {
      const root = tempDir();
      const deps = { browserify: '^17.0.0', tslint: '^6.1.3', 'eslint_d': '^15.0.0', 'babel-cli': '^6.26.0', expres: '^1.0.0', expresss: '^1.0.0', 'lodash_d': '^1.0.0', '@types/tap': '^18.0.0', '@tsconfig/node18': '^18.2.0' };
      writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'app', devDependencies: deps }, null, 2));
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      // browserify, tslint (popular themselves), expres (old, 30 versions), eslint_d / babel-cli (conventions,
      // established), @types/tap and @tsconfig/node18 (same scope) are left alone.
      assert.deepEqual(summary(r).filter((s) => s.startsWith('deps/typosquat')), ['deps/typosquat package.json:10 high', 'deps/typosquat package.json:9 high']);
      const typo = r.findings.find((f) => f.ruleId === 'deps/typosquat' && f.properties!.package === 'expresss')!;
      assert.match(typo.message, /^expresss resembles the popular package express \(one character away from a popular name, edit distance 1\) and is itself new or barely published; check that it is the package you meant\. expresss: fewer than 100,000 downloads a month, first published 4 day\(s\) ago, 1 version\(s\); express: about [\d,]+ downloads a month\.$/);
      assert.equal(typo.properties!.distance, 1);
      assert.equal(typo.properties!.versions, 1);
      assert.ok((typo.properties!.similarToDownloads as number) > 1_000_000);
      assert.equal(r.findings.find((f) => f.location.startLine === 10)!.properties!.similarTo, 'lodash');
    } finally { await srv.close(); }
  });

  it('PyPI typosquats weigh the candidate\'s download rank', async () => {
    const root = tempDir();
    // gsutil (near psutil) and usort (near isort) rank among the most downloaded themselves; reqeusts does not.
    writeFileSync(join(root, 'requirements.txt'), 'gsutil==5.30\nusort==1.0.8\nreqeusts==2.31.0\n');
    const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), registryChecks: false, unusedCheck: false } }), { now: NOW });
    assert.deepEqual(summary(r).filter((s) => s.startsWith('deps/typosquat')), ['deps/typosquat requirements.txt:3']);
    const typo = r.findings.find((f) => f.ruleId === 'deps/typosquat')!;
    assert.match(typo.message, /reqeusts: not among the [\d,]+ most downloaded on PyPI, age unknown; requests: ranked \d+ by downloads on PyPI\.$/);
    assert.equal(typo.properties!.rank, null);
    assert.ok((typo.properties!.similarToRank as number) < 100);
  });

  it('hallucinated packages only from the project\'s own manifests and workspaces, never from bundled or vendored copies', async () => {
    const asked: string[] = [];
    const srv = await startServer((req, res) => { asked.push(decodeURIComponent(req.url!)); res.writeHead(404).end(); });
    try {
      const root = tempDir();
      const { mkdirSync } = await import('node:fs');
      const write = (rel: string, data: unknown): void => {
        mkdirSync(join(root, rel, '..'), { recursive: true });
        writeFileSync(join(root, rel), JSON.stringify(data, null, 2));
      };
      // The root declares workspaces; `mock-registry` is declared but its folder is not in the tree.
      write('package.json', { name: 'cli', version: '1.0.0', workspaces: ['packages/*', 'mock-registry'], dependencies: { '@acme/arborist': '^1.0.0', 'root-made-up': '^1.0.0' }, devDependencies: { '@acme/mock-registry': '^1.0.0', local: 'file:../local', ws: 'workspace:*', linked: 'link:../x', fromGit: 'github:acme/tool', url: 'https://example.com/t.tgz' } });
      write('packages/api/package.json', { name: '@acme/api', version: '1.0.0', dependencies: { 'api-made-up': '^1.0.0' } });
      // A bundled copy (node_modules renamed), a copy its parent depends on, a vendored folder, a copy inside a copy.
      write('nm/@acme/arborist/package.json', { name: '@acme/arborist', version: '1.0.0', devDependencies: { '@acme/arborist-test-helper': '^1.0.0' } });
      write('nm/transitive-dep/package.json', { name: 'transitive-dep', version: '2.0.0', dependencies: { 'its-own-workspace-pkg': '^1.0.0' }, devDependencies: { 'its-own-workspace-pkg': '^2.0.0' } });
      write('nm/transitive-dep/nm/inner/package.json', { name: 'inner-renamed', version: '2.0.0', devDependencies: { 'inner-dev-tool': '^1.0.0' } });
      write('vendor/legacy/package.json', { name: 'legacy-thing', version: '0.1.0', devDependencies: { 'vendored-dev-tool': '^1.0.0' } });
      write('lib/copied/package.json', { name: 'somewhere-else', version: '1.0.0', _resolved: 'https://registry.example/x.tgz', dependencies: { 'installed-copy-dep': '^1.0.0' } });
      // A nested project of its own (private, not a workspace): still the project's.
      write('client/package.json', { name: 'client', version: '0.1.0', private: true, dependencies: { 'client-made-up': '^1.0.0' } });
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(asked.sort(), ['/api-made-up', '/client-made-up', '/root-made-up']);
      // A copy's own quirks (one name declared twice) are not the project's scan errors.
      assert.deepEqual(r.notices.filter((n) => n.level === 'error'), []);
      assert.deepEqual(summary(r), [
        'deps/hallucinated-package client/package.json:6',
        'deps/hallucinated-package package.json:10',
        'deps/hallucinated-package packages/api/package.json:5',
      ]);
    } finally { await srv.close(); }
  });

  it('an unpublished 0.0.0 package in the project\'s own scope is a monorepo sibling, not a hallucination', async () => {
    const asked: string[] = [];
    const srv = await startServer((req, res) => { asked.push(decodeURIComponent(req.url!)); res.writeHead(404).end(); });
    try {
      const root = tempDir();
      const { mkdirSync } = await import('node:fs');
      const write = (rel: string, data: unknown): void => {
        mkdirSync(join(root, rel, '..'), { recursive: true });
        writeFileSync(join(root, rel), JSON.stringify(data, null, 2));
      };
      // Unscoped package `widget-kit`: its `@widget-kit/*` siblings at 0.0.0 are its own; a published range or another scope is asked.
      write('package.json', { name: 'widget-kit', version: '2.1.0', devDependencies: { '@widget-kit/tsconfig': '0.0.0', '@widget-kit/eslint-config': '^1.0.0', '@other-org/tsconfig': '0.0.0' } });
      // Scoped package `@acme/web`: `@acme/config` at 0.0.0 is a sibling; `@acmex/config` is not the same scope.
      write('web/package.json', { name: '@acme/web', version: '1.0.0', dependencies: { '@acme/config': '0.0.0', '@acmex/config': '0.0.0' } });
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(asked.sort(), ['/@acmex/config', '/@other-org/tsconfig', '/@widget-kit/eslint-config']);
      assert.deepEqual(summary(r), [
        'deps/hallucinated-package package.json:6',
        'deps/hallucinated-package package.json:7',
        'deps/hallucinated-package web/package.json:6',
      ]);
    } finally { await srv.close(); }
  });

  it('few versions is low for a development dependency; bundled dependencies are never unused', async () => {
    const srv = await startServer((req, res) => {
      const doc = JSON.stringify({ versions: { '1.0.0': {} }, time: { created: '2024-01-10T00:00:00.000Z' } });
      const established = JSON.stringify({ versions: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`1.0.${i}`, {}])), time: { created: '2015-01-10T00:00:00.000Z' } });
      res.end(req.url === '/tiny-dev-helper' || req.url === '/tiny-runtime-helper' ? doc : established);
    });
    try {
      const root = tempDir();
      writeFileSync(join(root, 'package.json'), JSON.stringify({
        name: 'app', dependencies: { 'tiny-runtime-helper': '^1.0.0', 'left-pad': '^1.3.0', 'is-number': '^7.0.0' },
        devDependencies: { 'tiny-dev-helper': '^1.0.0' }, bundleDependencies: ['left-pad'],
      }, null, 2));
      const ctx = projectContext(root, { dependencies: { dbPath: fixtureDbPath() }, imports: { 'index.js': ['tiny-runtime-helper'] } });
      const r = await analyzeDependencies(ctx, { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(summary(r), [
        'deps/few-versions package.json:4',
        'deps/few-versions package.json:9 low',
        'deps/unused-dependency package.json:6',
      ]);
      assert.match(r.findings.find((f) => f.severity === 'low')!.message, /a development dependency/);
    } finally { await srv.close(); }
  });

  it('a private default registry is never second-guessed; a configured mirror says where the name was missing, at lower severity', async () => {
    const srv = await startServer((_req, res) => { res.writeHead(404).end(); });
    try {
      const root = tempDir();
      writeFileSync(join(root, '.npmrc'), 'registry=https://npm.acme.internal/\n//npm.acme.internal/:_authToken=${NPM_TOKEN}\n');
      writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'app', dependencies: { 'acme-billing-client': '2.0.0' } }, null, 2));
      const quiet = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(summary(quiet), []);
      assert.match(quiet.notices.find((n) => n.path === '(registry)')!.reason, /^1 npm package\(s\) not found in registry\.npmjs\.org were not reported as hallucinated: the project installs from npm\.acme\.internal/);
      assert.ok(!JSON.stringify(quiet).includes('_authToken'));

      const mirrorRoot = tempDir();
      writeFileSync(join(mirrorRoot, 'package.json'), JSON.stringify({ name: 'app', dependencies: { 'acme-billing-client': '2.0.0' } }, null, 2));
      const mirrored = await analyzeDependencies(projectContext(mirrorRoot, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false, registryUrl: { npm: srv.url } } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(summary(mirrored), ['deps/hallucinated-package package.json:4 medium']);
      assert.equal(mirrored.findings[0]!.message, `acme-billing-client was not found in ${new URL(srv.url).host} (dependencies.registryUrl); a mirror may lack packages the public registry has, so check the name there before trusting it.`);
    } finally { await srv.close(); }
  });

  it('packages of scopes that .npmrc maps to a private registry are not looked up publicly', async () => {
    const asked: string[] = [];
    const srv = await startServer((req, res) => { asked.push(req.url!); res.writeHead(404).end(); });
    try {
      const root = tempDir();
      writeFileSync(join(root, '.npmrc'), '@acme:registry=https://npm.acme.internal/\n//npm.acme.internal/:_authToken=${NPM_TOKEN}\n');
      writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { '@acme/billing-client': '2.0.0', '@acmee/billing-client': '2.0.0' } }, null, 2));
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(asked, ['/@acmee%2Fbilling-client']);
      assert.deepEqual(summary(r), ['deps/hallucinated-package package.json:4']);
      assert.ok(!JSON.stringify(r).includes('_authToken'));
    } finally { await srv.close(); }
  });

  it('a registry that never answers costs at most the registry budget', async () => {
    const srv = await startServer(() => { /* never answers */ });
    try {
      const root = copyFixture('ai-app');
      const started = Date.now();
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), registryBudgetMs: 300, unusedCheck: false } }), {
        now: NOW, registry: new RegistryClient({ npmUrl: srv.url, timeoutMs: 20_000 }),
      });
      assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
      assert.deepEqual(r.notices.filter((n) => n.path === '(registry)').map((n) => n.reason), ['3 npm registry lookup(s) failed; first: registry checks ran out of time (dependencies.registryBudgetMs = 300)']);
      assert.ok(summary(r).includes('deps/typosquat package.json:6'));
    } finally { await srv.close(); }
  });

  it('never looks up the project\'s own workspace packages', async () => {
    const asked: string[] = [];
    const srv = await startServer((req, res) => { asked.push(req.url!); res.writeHead(404).end(); });
    try {
      const root = tempDir();
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(root, 'packages', 'shared'), { recursive: true });
      mkdirSync(join(root, 'packages', 'api'), { recursive: true });
      writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }, null, 2));
      writeFileSync(join(root, 'packages', 'shared', 'package.json'), JSON.stringify({ name: '@mono/shared', version: '1.0.0' }, null, 2));
      writeFileSync(join(root, 'packages', 'api', 'package.json'), JSON.stringify({ name: '@mono/api', dependencies: { '@mono/shared': '^1.0.0', 'mono-made-up-helper': '^2.0.0' } }, null, 2));
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry: new RegistryClient({ npmUrl: srv.url }) });
      assert.deepEqual(asked, ['/mono-made-up-helper']);
      assert.deepEqual(summary(r), ['deps/hallucinated-package packages/api/package.json:5']);
      assert.equal(r.findings[0]!.properties!.package, 'mono-made-up-helper');
    } finally { await srv.close(); }
  });

  it('a registry that is down becomes one notice per ecosystem; offline-capable checks still run', async () => {
    const srv = await startServer((_req, res) => { res.writeHead(500).end(); });
    try {
      const root = copyFixture('ai-app');
      const registry = new RegistryClient({ npmUrl: srv.url, retries: 1, backoffMs: 1 });
      const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath: fixtureDbPath(), unusedCheck: false } }), { now: NOW, registry });
      assert.deepEqual(summary(r), [
        'deps/known-vulnerability package.json:8 high',
        'deps/known-vulnerability package.json:8 high',
        'deps/typosquat package.json:6',
      ]);
      assert.deepEqual(r.notices.filter((n) => n.path === '(registry)').map((n) => `${n.path} ${n.level} ${n.reason.replace(/'[^']+'/, "'…'")}`), [
        "(registry) error 3 npm registry lookup(s) failed; first: npm registry lookup of '…' failed: HTTP 500",
      ]);
    } finally { await srv.close(); }
  });
});

describe('dependencies analyzer contracts', () => {
  it('is registered with every rule defined once, and its config section is strict', async () => {
    const ids = dependenciesAnalyzer.rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.ok(allRules().some((r) => r.id === id), id);
    await validateConfig({ dependencies: { allow: ['@myorg/*'], minPackageAgeDays: 14, registryUrl: { npm: 'http://127.0.0.1:4873' } } });
    await assert.rejects(validateConfig({ dependencies: { alow: ['x'] } }), /unknown key 'dependencies.alow'/);
    await assert.rejects(validateConfig({ dependencies: { registryUrl: { npm: 'ftp://x' } } }), /registryUrl\.npm/);
  });
});
