import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { collectDependencies } from '../../src/analyzers/dependencies/parsers/index.js';
import { parseRequirementString } from '../../src/analyzers/dependencies/parsers/python.js';
import { FIXTURES, tempDir } from './helpers.js';

function collect(dir: string) {
  const root = join(FIXTURES, dir);
  const files = readdirSync(root).map((f) => ({ path: f, absPath: join(root, f) }));
  return collectDependencies(files, root);
}

const installed = (dir: string): string[] =>
  collect(dir).installed.map((p) => `${p.name}@${p.version} ${p.path}:${p.line} ${p.direct ? 'direct' : 'transitive'}${p.dev ? ' dev' : ''}`).sort();
const direct = (dir: string): string[] => collect(dir).direct.map((p) => `${p.name} ${p.path}:${p.line}`).sort();

describe('lockfile and manifest parsers', () => {
  it('npm package-lock v3 + package.json: versions, lines, direct vs nested, links skipped', () => {
    assert.deepEqual(installed('npm-v3'), [
      'eslint-cli-wrapper@1.0.0 package-lock.json:24 direct',
      'express@4.18.2 package-lock.json:28 direct',
      'lodash@4.17.15 package-lock.json:36 direct',
      'minimist@0.0.8 package-lock.json:51 transitive',
      'minimist@1.2.5 package-lock.json:40 direct',
      'mkdirp@0.5.1 package-lock.json:44 transitive',
      'typescript@5.4.5 package-lock.json:55 direct dev',
    ]);
    // file: dependencies are local and never looked up.
    assert.deepEqual(direct('npm-v3'), ['eslint-cli-wrapper package.json:13', 'express package.json:11', 'lodash package.json:9', 'minimist package.json:10', 'typescript package.json:16']);
    const wrapper = collect('npm-v3').direct.find((p) => p.name === 'eslint-cli-wrapper')!;
    assert.equal(wrapper.usedInScripts, true);
    assert.equal(collect('npm-v3').direct.find((p) => p.name === 'lodash')!.usedInScripts, false);
  });

  it('npm package-lock v1: nested dependencies and npm: aliases', () => {
    assert.deepEqual(installed('npm-v1'), [
      'lodash@4.17.20 package-lock.json:7 direct',
      'minimist@0.0.8 package-lock.json:17 transitive',
      'mkdirp@0.5.1 package-lock.json:11 direct',
      'string-width@4.2.3 package-lock.json:22 direct',
    ]);
  });

  it('yarn v1: multi-spec headers, file: entries skipped, direct from package.json', () => {
    assert.deepEqual(installed('yarn-v1'), [
      '@babel/code-frame@7.12.13 yarn.lock:5 transitive',
      'lodash@4.17.15 yarn.lock:12 direct',
      'minimist@0.0.8 yarn.lock:23 transitive', // another copy; package.json asked for ^1.2.5
      'minimist@1.2.6 yarn.lock:16 direct',
    ]);
    assert.deepEqual(collect('yarn-v1').problems, []);
  });

  it('yarn berry: npm: resolutions only, direct from the workspace entry', () => {
    assert.deepEqual(installed('yarn-berry'), ['lodash@4.17.15 yarn.lock:16 direct', 'minimist@1.2.5 yarn.lock:23 transitive']);
  });

  it('pnpm v6 and v9: package keys with peer suffixes, importers', () => {
    assert.deepEqual(installed('pnpm-v6'), [
      '@types/node@20.11.0 pnpm-lock.yaml:18 direct dev',
      'lodash@4.17.15 pnpm-lock.yaml:22 direct',
      'minimist@1.2.5 pnpm-lock.yaml:26 transitive',
    ]);
    assert.deepEqual(installed('pnpm-v9'), [
      '@types/node@20.11.0 pnpm-lock.yaml:24 direct dev',
      'minimist@0.0.8 pnpm-lock.yaml:38 transitive', // the importer uses 1.2.5
      'minimist@1.2.5 pnpm-lock.yaml:27 direct',
      'react-dom@18.2.0 pnpm-lock.yaml:30 direct',
      'react@18.2.0 pnpm-lock.yaml:35 transitive',
    ]);
  });

  it('bun.lock: trailing commas, nested keys are transitive', () => {
    assert.deepEqual(installed('bun'), [
      'lodash@4.17.15 bun.lock:12 direct',
      'minimist@0.0.8 bun.lock:14 transitive',
      'minimist@1.2.5 bun.lock:13 transitive',
    ]);
  });

  it('requirements.txt: pins, hashes, markers, extras, continuation lines, -r includes', () => {
    assert.deepEqual(installed('python/req'), [
      'Jinja2@3.1.2 requirements.txt:6 direct',
      'certifi@2024.2.2 requirements-base.txt:1 direct',
      'requests@2.28.0 requirements.txt:3 direct',
      'urllib3@2.0.7 requirements.txt:9 direct',
    ]);
    // A range is a declaration (for registry checks) but not an installed version.
    assert.ok(direct('python/req').includes('flask requirements.txt:7'));
  });

  it('poetry.lock + pyproject (Poetry tables)', () => {
    assert.deepEqual(installed('python/poetry'), [
      'jinja2@3.1.2 poetry.lock:4 direct',
      'pytest@8.0.0 poetry.lock:12 direct',
      'requests@2.31.0 poetry.lock:20 direct',
      'urllib3@2.0.7 poetry.lock:28 transitive',
    ]);
    assert.deepEqual(direct('python/poetry'), ['jinja2 pyproject.toml:8', 'pytest pyproject.toml:11', 'requests pyproject.toml:7']);
  });

  it('Pipfile.lock + Pipfile', () => {
    assert.deepEqual(installed('python/pipenv'), [
      'idna@3.6 Pipfile.lock:12 transitive',
      'pytest@8.0.0 Pipfile.lock:17 direct dev',
      'requests@2.30.0 Pipfile.lock:7 direct',
    ]);
  });

  it('uv.lock + PEP 621 pyproject: the editable project package is not a dependency', () => {
    assert.deepEqual(installed('python/uv'), [
      'jinja2@3.1.4 uv.lock:5 direct',
      'pytest@8.3.3 uv.lock:10 direct dev',
      'requests@2.29.0 uv.lock:15 direct',
    ]);
    assert.deepEqual(direct('python/uv'), ['Jinja2 pyproject.toml:6', 'pytest pyproject.toml:10', 'requests pyproject.toml:5']);
  });

  it('PEP 508 strings: only == and === are pins', () => {
    assert.equal(parseRequirementString('requests==2.28.0')?.version, '2.28.0');
    assert.equal(parseRequirementString('requests[socks] === 2.28.0 ; python_version<"3.9"')?.version, '2.28.0');
    assert.equal(parseRequirementString('requests>=2.28')?.version, undefined);
    assert.equal(parseRequirementString('requests==2.*')?.version, undefined);
    assert.equal(parseRequirementString('pkg @ https://example.invalid/pkg.whl')?.url, true);
  });
});

describe('bad dependency files become notices, not crashes', () => {
  function project(files: Record<string, string | Buffer>) {
    const root = tempDir();
    for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
    return collectDependencies(Object.keys(files).map((f) => ({ path: f, absPath: join(root, f) })), root);
  }

  it('reports truncated, unknown-version, binary, non-UTF-8 and empty files and keeps the good ones', () => {
    const r = project({
      'package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/lodash": {\n      "version": "4.17',
      'pnpm-lock.yaml': 'lockfileVersion: 5.4\npackages:\n  /lodash/4.17.15:\n    dev: false\n',
      'bun.lock': Buffer.from([0x7b, 0x00, 0x01, 0x7d]),
      'requirements.txt': Buffer.from([0x66, 0x6c, 0x61, 0x73, 0x6b, 0x3d, 0x3d, 0xff, 0xfe]),
      'Pipfile.lock': '',
      'poetry.lock': '[[package]]\nname = "requests"\nversion = "2.28.0"\n',
    });
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, `${p.level}: ${p.reason}`]));
    assert.match(byPath['package-lock.json']!, /^error: cannot parse/);
    assert.match(byPath['pnpm-lock.yaml']!, /^error: unsupported pnpm lockfileVersion '5.4'/);
    assert.match(byPath['bun.lock']!, /^skipped: binary content/);
    assert.match(byPath['requirements.txt']!, /^error: not valid UTF-8/);
    assert.match(byPath['Pipfile.lock']!, /^error: empty dependency file/);
    assert.deepEqual(r.installed.map((p) => `${p.name}@${p.version}`), ['requests@2.28.0']);
  });

  it('unknown package-lock version and conflicting duplicates are reported with the file', () => {
    const r = project({
      'package-lock.json': '{\n  "lockfileVersion": 7,\n  "packages": {}\n}\n',
      'package.json': '{\n  "dependencies": { "lodash": "^4.0.0" },\n  "devDependencies": { "lodash": "^3.0.0" }\n}\n',
    });
    assert.deepEqual(r.problems.map((p) => `${p.path} ${p.reason}`).sort(), [
      "package-lock.json unknown package-lock lockfileVersion 7 (supported: 1, 2, 3)",
      "package.json conflicting declarations of lodash: '^4.0.0' at line 2 and '^3.0.0' at line 3",
    ]);
    // Two major versions side by side through an npm alias are two installs, not a conflict.
    const aliased = project({ 'package.json': '{\n  "devDependencies": {\n    "prettier": "^3.2.1",\n    "prettier-2": "npm:prettier@^2",\n    "lodash": "^4.0.0",\n    "lodash-3": "npm:lodash@^3",\n    "lodash-again": "npm:lodash@^3"\n  }\n}\n' });
    assert.deepEqual(aliased.problems, []);
    assert.deepEqual(aliased.direct.map((p) => `${p.name}@${p.range}${p.alias ? ` as ${p.alias}` : ''}`), ['prettier@^3.2.1', 'prettier@^2 as prettier-2', 'lodash@^4.0.0', 'lodash@^3 as lodash-3', 'lodash@^3 as lodash-again']);
    const dup = project({
      'package-lock.json': '{\n "lockfileVersion": 3,\n "packages": {\n  "node_modules/a": { "version": "1.0.0" },\n  "node_modules/a": { "version": "2.0.0" }\n }\n}\n',
    });
    assert.deepEqual(dup.problems.map((p) => p.reason), ["conflicting duplicate entry 'node_modules/a' at lines 4 and 5; the last one is used"]);
    assert.deepEqual(dup.installed.map((p) => `${p.name}@${p.version}:${p.line}`), ['a@2.0.0:5']);
  });

  it('a truncated yarn v1 entry is reported, the complete ones are kept', () => {
    const r = project({ 'yarn.lock': 'lodash@^4.17.15:\n  version "4.17.15"\n\nminimist@^1.2.0:\n  resolved "https://r/x.tgz"\n' });
    assert.deepEqual(r.installed.map((p) => `${p.name}@${p.version}:${p.line}`), ['lodash@4.17.15:1']);
    assert.deepEqual(r.problems.map((p) => p.reason), ["entry 'minimist' at line 4 has no version (truncated or malformed lockfile)"]);
  });

  it('-r includes that loop back are read once', () => {
    const r = project({ 'requirements.txt': '-r requirements-dev.txt\nflask==3.0.0\n', 'requirements-dev.txt': '-r requirements.txt\npytest==8.0.0\n' });
    assert.deepEqual(r.installed.map((p) => `${p.name} ${p.path}:${p.line}`).sort(), ['flask requirements.txt:2', 'pytest requirements-dev.txt:2']);
    assert.deepEqual(r.problems, []);
  });

  it('-r includes outside the scanned folder are refused', () => {
    const r = project({ 'requirements.txt': '-r ../../etc/requirements.txt\nflask==3.0.0\n' });
    assert.deepEqual(r.problems.map((p) => `${p.level} ${p.reason}`), ["skipped include '../../etc/requirements.txt' points outside the scanned folder"]);
    assert.deepEqual(r.installed.map((p) => p.name), ['flask']);
  });
});
