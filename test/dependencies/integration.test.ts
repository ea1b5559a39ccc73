import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AdvisoryDb } from '../../src/analyzers/dependencies/db/advisory-db.js';
import { readOsvDirectory } from '../../src/analyzers/dependencies/db/osv-source.js';
import { analyzeDependencies } from '../../src/analyzers/dependencies/index.js';
import { collectDependencies } from '../../src/analyzers/dependencies/parsers/index.js';
import { defaultConfig } from '../../src/config/schema.js';
import { runScan } from '../../src/pipeline/scan.js';
import { copyFixture, FIXTURES, projectContext, tempDir } from './helpers.js';

function fixtureDb(extra: Parameters<AdvisoryDb['importRecords']>[0] = []): string {
  const path = join(tempDir(), 'advisories.sqlite');
  const db = AdvisoryDb.open(path);
  db.importRecords([...readOsvDirectory(join(FIXTURES, 'osv')).records, ...extra], { source: 'fixtures' });
  db.close();
  return path;
}

describe('dependencies analyzer inside the real scan pipeline', () => {
  it('uses the code analyzer\'s import facts for reachability and unused dependencies', async () => {
    const root = copyFixture('ai-app');
    const config = defaultConfig();
    config.dependencies = { dbPath: fixtureDb() };
    const result = await runScan({ root, config, groups: ['code', 'deps'], offline: true, jobs: 1, failOn: 'high' });
    const deps = result.findings.filter((f) => f.ruleId.startsWith('deps/'));
    assert.deepEqual(deps.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine} ${f.severity}`).sort(), [
      'deps/known-vulnerability package.json:8 high',
      'deps/known-vulnerability package.json:8 high',
      'deps/typosquat package.json:6 medium',
      'deps/unused-dependency package.json:9 low',
    ]);
    const vuln = deps.find((f) => f.ruleId === 'deps/known-vulnerability')!;
    assert.equal(vuln.properties!.reachability, 'imported');
    assert.match(vuln.message, /imported by src\/app\.js\.$/);
    assert.equal(vuln.snippet, '"lodash": "4.17.15",');
    assert.equal(result.gate.passed, false);
    assert.ok(result.notices.some((n) => n.path === '(registry)' && n.level === 'skipped'));
  });
});

describe('what else counts as using a dependency', () => {
  it('JSDoc type references, declaration files, skipped minified bundles, computed requires and a scoped package run by its command are uses; a package named nowhere is not', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'package.json'), JSON.stringify({
      name: 'lib', version: '1.0.0', scripts: { postinstall: 'opencollective || exit 0', lint: 'eslint-core-check .' },
      dependencies: { '@eslint/core': '^1.0.0', 'type-fest': '^4.0.0', '@nuxtjs/opencollective': '0.3.2', 'string-width': '^4.2.3', 'never-used': '^1.0.0' },
      optionalDependencies: { '@img/sharp-linux-x64': '0.33.5', '@img/sharp-win32-x64': '0.33.5' },
    }, null, 2));
    writeFileSync(join(root, 'index.js'), "/** @typedef {import('@eslint/core').Language} Language */\nconst platform = process.platform + '-' + process.arch;\nmodule.exports = require(`@img/sharp-${platform}/sharp.node`);\n");
    writeFileSync(join(root, 'bundle.cjs'), `"use strict";var a=require("string-width");${'var b=a("x");'.repeat(500)}module.exports=a;\n`);
    writeFileSync(join(root, 'index.d.ts'), "import type { Merge } from 'type-fest';\nexport type Options = Merge<{ a: 1 }, { b: 2 }>;\n");
    const config = defaultConfig();
    config.dependencies = { dbPath: fixtureDb() };
    const result = await runScan({ root, config, groups: ['code', 'deps'], offline: true, jobs: 1, failOn: 'high' });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'deps/unused-dependency').map((f) => (f.properties as { package: string }).package), ['never-used']);
  });
});

describe('a native addon', () => {
  it('packages that binding.gyp requires for their headers are uses; one it only mentions is not', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'package.json'), JSON.stringify({
      name: 'addon', version: '1.0.0', dependencies: { nan: '^2.20.0', 'node-addon-api': '^8.0.0', 'cpu-features': '^0.0.10' },
    }, null, 2));
    writeFileSync(join(root, 'index.js'), "module.exports = require('./build/Release/addon.node');\n");
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'src', 'binding.gyp'), [
      '{',
      '  "targets": [{',
      '    "target_name": "addon",',
      '    "include_dirs": ["<!(node -e \\"require(\'nan\')\\")", "<!@(node -p \\"require(\'node-addon-api\').include\\")"],',
      '    "sources": ["addon.cc"],',
      '    "conditions": [["OS==\'linux\'", { "defines": ["USE_CPU_FEATURES"] }]]',
      '  }]',
      '}',
      '# cpu-features is optional at build time',
      '',
    ].join('\n'));
    const config = defaultConfig();
    config.dependencies = { dbPath: fixtureDb() };
    const result = await runScan({ root, config, groups: ['code', 'deps'], offline: true, jobs: 1, failOn: 'high' });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'deps/unused-dependency').map((f) => (f.properties as { package: string }).package), ['cpu-features']);
  });
});

describe('a module named through a local loader', () => {
  it('a computed specifier handed to a function that requires its parameter uses the packages it names; one handed to another function does not', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'package.json'), JSON.stringify({
      name: 'lib', version: '1.0.0',
      optionalDependencies: { '@acme/native-linux-x64': '1.0.0', '@acme/native-darwin-arm64': '1.0.0', '@other/native-linux-x64': '1.0.0' },
    }, null, 2));
    writeFileSync(join(root, 'native.js'), [
      "const { existsSync } = require('node:fs');",
      'const requireWithHint = (id) => {',
      '  try { return require(id); } catch (e) { throw new Error(`Cannot find module ${id}: reinstall with optional dependencies`); }',
      '};',
      "const local = './native.node';",
      'const base = `${process.platform}-${process.arch}`;',
      'module.exports = requireWithHint(existsSync(local) ? local : `@acme/native-${base}`);',
      '// Only described, never loaded:',
      'const describe = (id) => `package ${id}`;',
      'module.exports.other = describe(`@other/native-${base}`);',
      '',
    ].join('\n'));
    const config = defaultConfig();
    config.dependencies = { dbPath: fixtureDb() };
    const result = await runScan({ root, config, groups: ['code', 'deps'], offline: true, jobs: 1, failOn: 'high' });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'deps/unused-dependency').map((f) => (f.properties as { package: string }).package), ['@other/native-linux-x64']);
  });
});

describe('scale and malware', () => {
  it('parses a 50,000-entry package-lock.json with exact lines', () => {
    const root = tempDir();
    const packages: Record<string, unknown> = { '': { name: 'big', dependencies: { 'pkg-0': '*' } } };
    for (let i = 0; i < 50_000; i++) packages[`node_modules/pkg-${i % 25_000}${i >= 25_000 ? `/node_modules/dup-${i}` : ''}`] = { version: `1.${i % 100}.0` };
    const text = JSON.stringify({ lockfileVersion: 3, packages }, null, 2);
    writeFileSync(join(root, 'package-lock.json'), text);
    const started = Date.now();
    const r = collectDependencies([{ path: 'package-lock.json', absPath: join(root, 'package-lock.json') }], root);
    const elapsed = Date.now() - started;
    assert.equal(r.installed.length, 50_000);
    const last = r.installed.at(-1)!;
    assert.equal(last.name, 'dup-49999');
    // Each entry is 3 lines (key, version, closing brace) after the 9-line header and root entry.
    const expectedLine = text.split('\n').findIndex((l) => l.includes('"node_modules/pkg-24999/node_modules/dup-49999"')) + 1;
    assert.equal(last.line, expectedLine);
    assert.equal(r.direct.map((p) => p.name).join(), 'pkg-0');
    assert.ok(elapsed < 10_000, `parsed in ${elapsed} ms`);
  });

  it('a package version listed in a malicious-package report is critical (synthetic MAL record)', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'package.json'), '{\n  "dependencies": {\n    "lodahs-utils": "1.0.2"\n  }\n}\n');
    // Synthetic record in the shape of the OpenSSF malicious-packages feed (explicit versions, no CVSS).
    const dbPath = fixtureDb([{ id: 'MAL-0000-0001', summary: 'Malicious code in lodahs-utils (npm)', affected: [{ package: { ecosystem: 'npm', name: 'lodahs-utils' }, versions: ['1.0.2'] }] }]);
    const r = await analyzeDependencies(projectContext(root, { dependencies: { dbPath }, offline: true }));
    assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine} ${f.severity}`), ['deps/malicious-package package.json:3 critical']);
    assert.match(r.findings[0]!.message, /^lodahs-utils@1\.0\.2 is affected by MAL-0000-0001: Malicious code in lodahs-utils \(npm\) — no fixed version is published; direct dependency\.$/);
    // A version the report does not list is not flagged.
    writeFileSync(join(root, 'package.json'), '{\n  "dependencies": {\n    "lodahs-utils": "1.0.1"\n  }\n}\n');
    const clean = await analyzeDependencies(projectContext(root, { dependencies: { dbPath }, offline: true }));
    assert.deepEqual(clean.findings, []);
  });
});
