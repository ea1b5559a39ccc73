/** File kinds by name: a Dockerfile named after its runtime (`Dockerfile.node`) is not a binary addon. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileKindOf, isBinaryByName } from '../../src/pipeline/file-kinds.js';
import { runVouch, tempProject } from '../helpers/cli.js';

test('Dockerfile.<suffix> is a Dockerfile even when the suffix is a binary extension; addon.node stays binary', () => {
  for (const name of ['Dockerfile.node', 'docker/Dockerfile.bin', 'Dockerfile.dev']) {
    assert.equal(fileKindOf(name), 'dockerfile', name);
    assert.equal(isBinaryByName(name), false, name);
  }
  assert.equal(isBinaryByName('build/Release/addon.node'), true);
  assert.equal(isBinaryByName('assets/logo.png'), true);
});

test('a Dockerfile.node is scanned: its untagged base image is reported at line 1', () => {
  const dir = tempProject({ 'Dockerfile.node': 'FROM node\nUSER node\nCMD ["node", "server.js"]\n' });
  const res = runVouch(['iac', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  assert.equal(res.status, 0, res.stderr);
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[] };
  assert.deepEqual(report.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine]), [['iac/docker-latest-base-image', 'Dockerfile.node', 1]]);
});
