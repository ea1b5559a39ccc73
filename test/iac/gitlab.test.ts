/** GitLab CI specifics a line-annotated fixture cannot express: `!reference` tags, anchors, broken YAML, which files are read. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runVouch, tempProject } from '../helpers/cli.js';

function scan(files: Record<string, string>) {
  const dir = tempProject(files);
  const res = runVouch(['iac', '--format', 'json', '--offline'], { cwd: dir });
  const report = JSON.parse(res.stdout) as { findings: { ruleId: string; location: { path: string; startLine: number } }[]; notices: { path: string; level: string }[] };
  return { report, found: report.findings.map((f) => `${f.ruleId} ${f.location.path}:${f.location.startLine}`).sort() };
}

test('GitLab CI: anchors and !reference tags are read, scripts reached through an anchor are reported where written', () => {
  const { found, report } = scan({
    '.gitlab-ci.yml': [
      '.install: &install',
      '  - curl -sSL https://get.example.com/tool.sh | sh',
      '',
      '.setup:',
      '  before_script:',
      '    - npm ci',
      '',
      'test:',
      '  image: node:22.12',
      '  before_script:',
      '    - !reference [.setup, before_script]',
      '  script:',
      '    - *install',
      '    - npm test',
      '',
    ].join('\n'),
  });
  assert.deepEqual(report.notices.filter((n) => n.level === 'error'), []);
  // The anchored line is one command written once: reported at its definition (the alias repeats it in the job).
  assert.deepEqual([...new Set(found)], ['iac/ci-curl-pipe-shell .gitlab-ci.yml:2']);
});

test('GitLab CI: broken YAML is a scan error; YAML that is not a GitLab pipeline is not read as one', () => {
  const { found, report } = scan({
    '.gitlab-ci.yml': 'build:\n  script:\n    - echo "$API_TOKEN"\n  image: [unclosed\n',
    'config/app.yml': 'build:\n  script:\n    - echo "$API_TOKEN"\n',
  });
  assert.deepEqual(report.notices.filter((n) => n.level === 'error').map((n) => n.path), ['.gitlab-ci.yml']);
  assert.deepEqual(found, []);
});
