/**
 * End-to-end: the built CLI scans the demo infrastructure (examples/ai-infra: Terraform for an
 * API on AWS, Kubernetes manifests, a Dockerfile, a compose file and a GitHub Actions workflow)
 * and must report exactly the findings in examples/ai-infra/expected-findings.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runVouch } from '../helpers/cli.js';

const DEMO = 'examples/ai-infra';

interface Expected { ruleId: string; path: string; line: number }
const key = (f: Expected) => `${f.ruleId} ${f.path}:${f.line}`;

test('demo infrastructure: vouch iac reports exactly the expected findings, on the right lines', () => {
  const expected = (JSON.parse(readFileSync(`${DEMO}/expected-findings.json`, 'utf8')) as { findings: Expected[] }).findings;
  const run = runVouch(['iac', DEMO, '--format', 'json', '--fail-on', 'none']);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { level: string }[] };
  const actual = report.findings.map((f) => key({ ruleId: f.ruleId, path: f.location.path.replace(`${DEMO}/`, ''), line: f.location.startLine }));
  assert.deepEqual(actual.sort(), expected.map(key).sort());
  assert.deepEqual(report.notices.filter((n) => n.level === 'error'), []);
});

test('demo infrastructure: the default gate fails on it', () => {
  const run = runVouch(['iac', DEMO]);
  assert.equal(run.status, 1, run.stderr);
});
