/**
 * A call into a merge / set-by-path library is a prototype-pollution sink unless the project's
 * package.json only allows versions with the fix (issue 12): projects written to temp dirs and
 * scanned for real, with the same handlers under different declared versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { patchedLibraryCall } from '../../src/analyzers/code/models/patched-libraries.js';
import { tempProject } from '../helpers/cli.js';

const APP = [
  "const express = require('express');",
  "const merge = require('lodash.merge');",
  "const _ = require('lodash');",
  'const app = express();',
  'app.use(express.json());',
  "app.post('/settings', (req, res) => res.json(merge({}, req.body)));",
  "app.post('/prefs', (req, res) => res.json(_.merge({}, req.body)));",
  "app.post('/path', (req, res) => { const o = {}; _.set(o, req.body.path, req.body.value); res.json(o); });",
  'app.listen(3000);',
  '',
].join('\n');

async function pollution(files: Record<string, string>): Promise<string[]> {
  const root = tempProject(files);
  try {
    const result = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
    return result.findings.filter((f) => f.ruleId === 'js/prototype-pollution').map((f) => `${f.location.path}:${f.location.startLine}`).sort();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const manifest = (deps: Record<string, string>) => JSON.stringify({ name: 'app', private: true, dependencies: { express: '^4.21.2', ...deps } });

test('versions before the fix, or no declared version, are reported', async () => {
  assert.deepEqual(await pollution({ 'package.json': manifest({ 'lodash.merge': '^4.6.1', lodash: '^4.17.4' }), 'app.js': APP }), ['app.js:6', 'app.js:7', 'app.js:8']);
  assert.deepEqual(await pollution({ 'app.js': APP }), ['app.js:6', 'app.js:7', 'app.js:8']);
  // A range that also allows old versions (`*`, `>=4.0.0`) is not known to be patched.
  assert.deepEqual(await pollution({ 'package.json': manifest({ 'lodash.merge': '*', lodash: '>=4.0.0' }), 'app.js': APP }), ['app.js:6', 'app.js:7', 'app.js:8']);
});

test('versions that all carry the fix are not sinks; each method needs its own fix', async () => {
  assert.deepEqual(await pollution({ 'package.json': manifest({ 'lodash.merge': '^4.6.2', lodash: '^4.17.21' }), 'app.js': APP }), []);
  // lodash 4.17.11 fixed merge but not set (4.17.19): only the set is reported.
  assert.deepEqual(await pollution({ 'package.json': manifest({ 'lodash.merge': '4.6.2', lodash: '~4.17.11' }), 'app.js': APP }), ['app.js:8']);
  // The nearest package.json decides: a nested package with an old lodash is still reported.
  assert.deepEqual(await pollution({
    'package.json': manifest({ 'lodash.merge': '^4.6.2', lodash: '^4.17.21' }),
    'app.js': APP,
    'legacy/package.json': manifest({ 'lodash.merge': '4.6.0', lodash: '4.17.4' }),
    'legacy/app.js': APP,
  }), ['legacy/app.js:6', 'legacy/app.js:7', 'legacy/app.js:8']);
});

test('patchedLibraryCall: both readings of a name must be patched; unknown libraries and git specs are not', () => {
  const ranges = (r: Record<string, string>) => (pkg: string) => r[pkg];
  assert.equal(patchedLibraryCall('lodash.merge', ranges({ 'lodash.merge': '^4.6.2' })), true);
  assert.equal(patchedLibraryCall('lodash.merge', ranges({ 'lodash.merge': '^4.6.2', lodash: '^3.10.1' })), false);
  assert.equal(patchedLibraryCall('lodash.merge', ranges({ 'lodash.merge': 'github:lodash/lodash#master' })), false);
  assert.equal(patchedLibraryCall('lodash.set', ranges({ 'lodash.set': '^4.3.2' })), false); // never fixed
  assert.equal(patchedLibraryCall('deepmerge', ranges({ deepmerge: '^4.3.1' })), false);
  assert.equal(patchedLibraryCall('dot-prop', ranges({ 'dot-prop': '^5.1.1' })), true);
  assert.equal(patchedLibraryCall('dot-prop', ranges({ 'dot-prop': '^5.0.0' })), false);
  assert.equal(patchedLibraryCall('lodash.merge', undefined), false);
});
