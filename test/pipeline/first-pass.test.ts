/**
 * Pass 1 in import order (pipeline/first-pass.ts): files are analysed after what they import, with
 * the link input it gives, so most cross-file flows need no link round — and the findings are
 * exactly those of the plain order, on every run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { components } from '../../src/pipeline/first-pass.js';
import { defaultConfig } from '../../src/config/schema.js';

test('components: import cycles are one component, each after the components it imports', () => {
  // 0 → 1 → 2 → 1 (cycle), 4 → 0, 3 alone, 5 → 4 and 5 → 2.
  const { comp, members } = components([[1], [2], [1], [], [0], [4, 2]]);
  assert.equal(comp[1], comp[2]);
  assert.equal(new Set(comp).size, 5);
  assert.deepEqual(members[comp[1]!], [1, 2]);
  assert.ok(comp[1]! < comp[0]! && comp[0]! < comp[4]! && comp[4]! < comp[5]!);
});

test('components: a chain thousands of files deep needs no deep recursion', () => {
  const n = 20_000;
  const { comp } = components(Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [])));
  assert.equal(comp[n - 1], 0);
  assert.equal(comp[0], n - 1);
});

const PROJECT: Record<string, string> = {
  'package.json': '{ "name": "app", "private": true, "dependencies": { "express": "4.21.2", "pg": "8.13.1" } }',
  // A four-file chain: route → controller → service → repository (SQL).
  'routes.js': [
    "const express = require('express');",
    "const controller = require('./controller');",
    'const app = express();',
    "app.get('/users', (req, res) => controller.list(req.query.name, res));",
    'module.exports = app;',
  ].join('\n'),
  'controller.js': ["const service = require('./service');", 'exports.list = async (name, res) => {', '  res.json(await service.find(name));', '};'].join('\n'),
  'service.js': ["const repo = require('./repo');", 'exports.find = (name) => repo.byName(name);'].join('\n'),
  'repo.js': ["const db = require('./db');", 'exports.byName = (name) => db.query("SELECT * FROM users WHERE name = \'" + name + "\'");'].join('\n'),
  'db.js': ["const { Pool } = require('pg');", 'module.exports = new Pool();'].join('\n'),
  // An import cycle the flow crosses: a ↔ b.
  'a.js': ["const b = require('./b');", 'exports.run = (cmd) => b.exec(cmd);', "exports.name = 'a';"].join('\n'),
  'b.js': ["const a = require('./a');", "const cp = require('child_process');", "exports.exec = (c) => cp.exec('sh -c ' + c);", 'exports.peer = () => a.name;'].join('\n'),
  'route2.js': [
    "const express = require('express');",
    "const a = require('./a');",
    'const router = express.Router();',
    "router.get('/run', (req, res) => {",
    '  a.run(req.query.cmd);',
    '  res.end();',
    '});',
    'module.exports = router;',
  ].join('\n'),
  // A library whose entry exports `shell` but not `helper` (the text alone suggests both).
  'packages/toolkit/package.json': '{ "name": "toolkit", "version": "1.0.0", "main": "index.js" }',
  'packages/toolkit/index.js': ["const helper = require('./helper');", "const shell = require('./shell');", "helper('ls');", 'module.exports = { helper: 1, shell };'].join('\n'),
  'packages/toolkit/helper.js': ["const cp = require('child_process');", 'module.exports = function (ref) {', "  cp.exec('git log ' + ref);", '};'].join('\n'),
  'packages/toolkit/shell.js': ["const cp = require('child_process');", 'module.exports = function (ref) {', "  cp.exec('git log ' + ref);", '};'].join('\n'),
};

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'vouch-first-pass-'));
  for (const [path, text] of Object.entries(PROJECT)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text + '\n');
  }
  return root;
}

const flagged = (r: Awaited<ReturnType<typeof runScan>>) => r.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine} ${f.severity}`).sort();

test('first pass in import order: same findings as the plain order, fewer link-round analyses, same on every run', async () => {
  const root = project();
  try {
    const plain = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 2, failOn: 'none', importOrder: false });
    const expected = ['js/command-injection b.js:3 critical', 'js/command-injection packages/toolkit/shell.js:3 medium', 'js/sql-injection repo.js:2 critical'];
    assert.deepEqual(flagged(plain), expected);
    for (const jobs of [1, 2, 2]) {
      const ordered = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs, failOn: 'none' });
      assert.deepEqual(flagged(ordered), expected);
      assert.deepEqual(ordered.notices.filter((n) => n.level === 'error'), []);
      // The chain and the library entry's re-export are known in pass 1; the cycle (a ↔ b) and the
      // wrongly guessed library module (helper.js) take a round.
      assert.ok((ordered.stats.filesReanalysed ?? 0) < (plain.stats.filesReanalysed ?? 0), `${ordered.stats.filesReanalysed} vs ${plain.stats.filesReanalysed}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('first pass in import order: a cached rescan after editing a callee in another file equals a cold scan', async () => {
  const root = project();
  const cacheDir = mkdtempSync(join(tmpdir(), 'vouch-first-pass-cache-'));
  try {
    const scan = (cache: boolean) => runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 2, failOn: 'none', ...(cache ? { cacheDir } : {}) });
    await scan(true);
    // The repository now uses a placeholder: the route's flow ends there.
    writeFileSync(join(root, 'repo.js'), ["const db = require('./db');", "exports.byName = (name) => db.query('SELECT * FROM users WHERE name = $1', [name]);"].join('\n') + '\n');
    const warm = await scan(true);
    const cold = await scan(false);
    assert.deepEqual(flagged(warm), flagged(cold));
    assert.deepEqual(flagged(cold), ['js/command-injection b.js:3 critical', 'js/command-injection packages/toolkit/shell.js:3 medium']);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('first pass in import order with IaC in the tree: the code keeps its order, a Terraform module still gets its callers\' values', async () => {
  const root = project();
  const terraform: Record<string, string> = {
    'infra/modules/net/main.tf': 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = [var.cidr]\n}\n',
    'infra/main.tf': 'module "net" {\n  source = "./modules/net"\n  cidr   = "0.0.0.0/0"\n}\n',
  };
  for (const [path, text] of Object.entries(terraform)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  try {
    const expected = ['iac/aws-open-ingress infra/modules/net/main.tf:10 high', 'js/command-injection b.js:3 critical', 'js/command-injection packages/toolkit/shell.js:3 medium', 'js/sql-injection repo.js:2 critical'];
    const plain = await runScan({ root, config: defaultConfig(), groups: ['code', 'iac'], jobs: 2, failOn: 'none', importOrder: false });
    const ordered = await runScan({ root, config: defaultConfig(), groups: ['code', 'iac'], jobs: 2, failOn: 'none' });
    assert.deepEqual(flagged(plain), expected);
    assert.deepEqual(flagged(ordered), expected);
    assert.ok((ordered.stats.filesReanalysed ?? 0) < (plain.stats.filesReanalysed ?? 0), `${ordered.stats.filesReanalysed} vs ${plain.stats.filesReanalysed}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('first pass in import order: a library module whose every run export its entry offers keeps its pass-1 result', async () => {
  const files: Record<string, string> = {
    'package.json': '{ "name": "textkit", "version": "1.0.0", "main": "index.js" }',
    'index.js': ["const { format } = require('./lib/format');", "const { render } = require('./lib/render');", 'module.exports = { format, render };'].join('\n'),
    // Every function it exports is offered by the entry (VERSION is no function): not analysed again.
    'lib/format.js': ["const cp = require('child_process');", "exports.VERSION = '1';", "exports.format = (file) => cp.execSync('fmt ' + file);"].join('\n'),
    // `internal` is not offered: the run with every export flagged it, the run with the entry's exports must not.
    'lib/render.js': ["const cp = require('child_process');", "exports.render = (name) => name.trim();", "exports.internal = (cmd) => cp.exec('sh -c ' + cmd);"].join('\n'),
  };
  // (Pass 1 is ordered from nine files up.)
  for (let i = 0; i < 6; i++) files[`lib/words/w${i}.js`] = `exports.word = 'w${i}';`;
  const root = mkdtempSync(join(tmpdir(), 'vouch-first-pass-lib-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text + '\n');
  }
  try {
    const expected = ['js/command-injection lib/format.js:3 medium'];
    const plain = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 2, failOn: 'none', importOrder: false });
    assert.deepEqual(flagged(plain), expected);
    for (const jobs of [1, 2]) {
      const ordered = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs, failOn: 'none' });
      assert.deepEqual(flagged(ordered), expected);
      // Only render.js runs again (with the entry's exports); format.js keeps its pass-1 result.
      assert.equal(ordered.stats.filesReanalysed, 1);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('first pass in import order: an ES module re-exported by name runs with those exports at once (its text names them)', async () => {
  const files: Record<string, string> = {
    'package.json': '{ "name": "shellkit", "version": "1.0.0", "type": "module", "main": "index.js" }',
    // The entry offers two of core.js's exports by name, a third under another name.
    'index.js': ["export { format, render } from './lib/core.js';", "import { quote } from './lib/core.js';", 'export { quote as shellQuote };'].join('\n'),
    // `internal` is not offered: run with every export it would be flagged.
    'lib/core.js': [
      "import cp from 'node:child_process';",
      "export const format = (file) => cp.execSync('fmt ' + file);",
      'export const render = (name) => name.trim();',
      "export const quote = (s) => \"'\" + s.replace(/'/g, \"'\\\\''\") + \"'\";",
      "export const internal = (cmd) => cp.exec('sh -c ' + cmd);",
    ].join('\n'),
  };
  // (Pass 1 is ordered from nine files up.)
  for (let i = 0; i < 7; i++) files[`lib/words/w${i}.js`] = `export const word = 'w${i}';`;
  const root = mkdtempSync(join(tmpdir(), 'vouch-first-pass-esm-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text + '\n');
  }
  try {
    const plain = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 2, failOn: 'none', importOrder: false });
    assert.deepEqual(flagged(plain), ['js/command-injection lib/core.js:2 medium']);
    for (const jobs of [1, 2]) {
      const ordered = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs, failOn: 'none' });
      assert.deepEqual(flagged(ordered), flagged(plain));
      // core.js ran in pass 1 with exactly the exports the link step names: no link round.
      assert.equal(ordered.stats.filesReanalysed ?? 0, 0);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
