/**
 * Worker threads load file analyzers by group (analyzers/file-analyzer-loaders.ts): the loaders
 * must give exactly the registry's analyzers, in its order, and a group's rule index holds only
 * that group's rules and Vouch's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILE_ANALYZER_LOADERS, loadFileAnalyzers, ruleIndexOf } from '../../src/analyzers/file-analyzer-loaders.js';
import { fileAnalyzers } from '../../src/analyzers/registry.js';

test('the loaders give the registry\'s file analyzers, same groups, same order, same objects', async () => {
  assert.deepEqual(FILE_ANALYZER_LOADERS.map((l) => l.group), fileAnalyzers.map((a) => a.group));
  const loaded = await loadFileAnalyzers(fileAnalyzers.map((a) => a.group));
  assert.equal(loaded.length, fileAnalyzers.length);
  loaded.forEach((a, i) => assert.equal(a, fileAnalyzers[i]!.analyzer));
  assert.deepEqual((await loadFileAnalyzers(['iac', 'secrets'])).map((a) => a.id), ['secrets', 'iac']);
});

test('a secrets-only rule index has the secret rules and Vouch\'s own, nothing else', async () => {
  const ids = [...ruleIndexOf(await loadFileAnalyzers(['secrets'])).keys()];
  assert.ok(ids.some((id) => id.startsWith('secrets/')));
  assert.deepEqual(ids.filter((id) => !id.startsWith('secrets/')), ['vouch/suppression-without-reason']);
});
