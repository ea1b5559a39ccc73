import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { editDistance, loadDownloadTable, loadPopularNames, TyposquatDetector } from '../../src/analyzers/dependencies/typosquat.js';

describe('typosquat detection against the shipped popular-package lists', () => {
  const npm = new TyposquatDetector('npm', loadPopularNames('npm').names);
  const pypi = new TyposquatDetector('PyPI', loadPopularNames('PyPI').names);

  it('ships the lists with their date and the script that made them', () => {
    for (const file of ['popular-npm.json', 'popular-pypi.json']) {
      const data = JSON.parse(readFileSync(join(process.cwd(), 'data', file), 'utf8')) as { generated: string; script: string; names: string[]; count: number };
      assert.match(data.generated, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(data.script, 'scripts/build-popular-packages.mjs');
      assert.equal(data.names.length, data.count);
    }
    assert.equal(loadPopularNames('npm').names.length, 5000);
    assert.equal(loadPopularNames('PyPI').names.length, 3000);
  });

  it('flags near misses and names the popular package', () => {
    const cases: [TyposquatDetector, string, string, RegExp][] = [
      [npm, 'expresss', 'express', /one character/],
      [npm, 'lodahs', 'lodash', /one character/],
      [npm, 'crossenv', 'cross-env', /separators/],
      [npm, '@evil/lodash', 'lodash', /scope/],
      [npm, 'lodash-js', 'lodash', /prefix or suffix/],
      [npm, 'rnoment', 'moment', /look-alike/],
      [pypi, 'reqeusts', 'requests', /one character/],
      [pypi, 'urlib3', 'urllib3', /one character/],
    ];
    for (const [detector, name, popular, reason] of cases) {
      const hit = detector.check(name);
      assert.equal(hit?.popular, popular, name);
      assert.match(hit!.reason, reason, name);
    }
  });

  it('leaves popular packages, short names and unrelated names alone', () => {
    for (const name of ['express', 'lodash', 'colors', 'lodash.merge', 'babel-core', 'chalk', 'ms', 'my-internal-utils-xyz', 'express-jwt-validator-pro']) {
      assert.equal(npm.check(name), undefined, name);
    }
    for (const name of ['requests', 'Jinja2', 'python_dateutil', 'PyYAML', 'pandas']) assert.equal(pypi.check(name), undefined, name);
  });

  it('one short word changed in two places under a shared convention is another word, not a slip', () => {
    // `wast-loader` (WebAssembly text) is not `sass-loader`; `vue-plugin` style names likewise.
    for (const name of ['wast-loader', 'wasm-loader', 'toml-loader']) assert.equal(npm.check(name), undefined, name);
    // Slips still are: one edit in the short word, or two edits in a long one.
    assert.equal(npm.check('sas-loader')?.popular, 'sass-loader');
    assert.equal(npm.check('sass-laoder')?.popular, 'sass-loader');
    assert.equal(npm.check('webpack-dev-servre')?.popular, 'webpack-dev-server');
  });

  it('a scope belongs to one owner: @types/x and same-scope siblings are not typosquats', () => {
    for (const name of ['@types/tap', '@types/brace-expansion', '@types/babel__core', '@types/signal-exit', '@tsconfig/node18', '@stylistic/eslint-plugin-js', '@babel/preset_env']) {
      assert.equal(npm.check(name), undefined, name);
    }
    // Another scope in front of a popular name still is one.
    assert.equal(npm.check('@evil/lodash')?.popular, 'lodash');
    assert.equal(npm.check('@typesx/lodash')?.popular, 'lodash');
  });

  it('marks naming conventions (legacy unscoped names, _d / .js / -cli suffixes) apart from slips', () => {
    const cases: [string, string, boolean][] = [
      ['babel-cli', '@babel/cli', true],
      ['babel-preset-env', '@babel/preset-env', true],
      ['eslint_d', 'eslint', true],
      ['expect.js', 'expect', true],
      ['expresss', 'express', false],
      ['crossenv', 'cross-env', false],
      ['lodash-js', 'lodash', false],
    ];
    for (const [name, popular, convention] of cases) {
      const hit = npm.check(name);
      assert.equal(hit?.popular, popular, name);
      assert.equal(hit!.convention, convention, name);
    }
    assert.equal(npm.check('expresss')!.distance, 1);
  });

  it('ships monthly downloads (npm) and download ranks (PyPI) for a candidate\'s own standing', () => {
    const table = loadDownloadTable('npm')!;
    assert.equal(table.metric, 'downloads');
    assert.equal(table.minDownloads, 100_000);
    assert.ok(table.values.size > 5000);
    for (const name of ['browserify', 'tslint', 'eslint_d', 'babel-cli', 'vm-browserify']) assert.ok(table.values.get(name)! >= 100_000, name);
    for (const name of ['expresss', 'lodahs']) assert.equal(table.values.get(name), undefined, name);
    const ranks = loadDownloadTable('PyPI')!;
    assert.equal(ranks.metric, 'rank');
    assert.ok(ranks.values.size > 10_000);
    assert.equal(ranks.values.get('boto3'), 1);
    // Names are normalised the PyPI way: `PyYAML` and `python_dateutil` are found under their canonical form.
    assert.ok(ranks.values.get('pyyaml')! < 100);
    assert.ok(ranks.values.get('python-dateutil')! < 100);
    for (const name of ['reqeusts', 'urlib3']) assert.equal(ranks.values.get(name), undefined, name);
  });

  it('edit distance counts a transposition as one edit and stops early', () => {
    assert.equal(editDistance('lodash', 'lodahs', 2), 1);
    assert.equal(editDistance('express', 'expresss', 2), 1);
    assert.equal(editDistance('abcdef', 'ghijkl', 2), 3);
    assert.equal(editDistance('same', 'same', 1), 0);
  });
});
