/** `vouch iac`, `scan --only iac` and the default scan, through the real CLI; bad input stays data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVouch, tempProject } from '../helpers/cli.js';

const WORKFLOW = [
  'name: triage',
  'on: issues',
  'permissions:',
  '  contents: read',
  'jobs:',
  '  t:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo "${{ github.event.issue.title }}"',
  '',
].join('\n');

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: { name: p }',
  'spec:',
  '  securityContext: { runAsNonRoot: true }',
  '  containers:',
  '    - name: c',
  '      image: app:1.0.0',
  '      resources: { limits: { cpu: 100m, memory: 64Mi } }',
  '      securityContext:',
  '        privileged: true',
  '',
].join('\n');

function ids(stdout: string): string[] {
  const report = JSON.parse(stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[] };
  return report.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort();
}

test('vouch iac, scan --only iac and the default scan report the same iac findings', () => {
  const dir = tempProject({ '.github/workflows/triage.yml': WORKFLOW, 'k8s/pod.yaml': POD, 'Dockerfile': 'FROM node:22.11-slim\nCOPY . .\nUSER root\n' });
  const expected = ['iac/docker-no-user Dockerfile:3', 'iac/gha-script-injection .github/workflows/triage.yml:9', 'iac/k8s-privileged-container k8s/pod.yaml:11'];
  const iac = runVouch(['iac', '--format', 'json', '--offline'], { cwd: dir });
  assert.deepEqual(ids(iac.stdout), expected, iac.stderr);
  assert.equal(iac.status, 1, 'high findings fail the gate');
  const only = runVouch(['scan', '--only', 'iac', '--format', 'json', '--offline'], { cwd: dir });
  assert.deepEqual(ids(only.stdout), expected, only.stderr);
  const all = runVouch(['scan', '--format', 'json', '--offline'], { cwd: dir });
  assert.deepEqual(ids(all.stdout).filter((s) => s.startsWith('iac/')), expected, all.stderr);
});

test('broken YAML is a scan error with its path; Helm templates are skipped with a notice; the scan goes on', () => {
  const dir = tempProject({
    'k8s/broken.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n\t- name: x\n',
    'k8s/unknown-tag.yaml': 'apiVersion: v1\nkind: Pod\nspec: !Weird [\n',
    'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
    'k8s/pod.yaml': POD,
    'notes.yaml': 'just: [unclosed\n',
  });
  const res = runVouch(['iac', '--format', 'json', '--offline'], { cwd: dir });
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; location: { path: string } }[]; notices: { path: string; level: string; reason: string }[] };
  const errors = report.notices.filter((n) => n.level === 'error').map((n) => n.path).sort();
  assert.deepEqual(errors, ['k8s/broken.yaml', 'k8s/unknown-tag.yaml']);
  assert.ok(report.notices.some((n) => n.path === 'chart/templates/deploy.yaml' && n.level === 'skipped'));
  assert.deepEqual(report.findings.map((f) => f.ruleId), ['iac/k8s-privileged-container']);
  assert.notEqual(res.status, 0);
});
