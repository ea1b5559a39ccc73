/** Every iac rule names the equivalent checks of well-known scanners, or says that none has one (issue 9). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IAC_RULES } from '../../src/analyzers/iac/rules/index.js';

test('every iac rule carries peer scanner ids or an explicit "none", and its help shows them', () => {
  const without = IAC_RULES.filter((r) => !Object.values(r.refs).some((v) => typeof v === 'string' && v.trim())).map((r) => r.meta.id);
  assert.deepEqual(without, []);
  for (const r of IAC_RULES) assert.match(r.meta.fix, /Equivalent checks: /, r.meta.id);
  const pr = IAC_RULES.find((r) => r.meta.id === 'iac/gha-pr-target-checkout');
  assert.match(pr?.meta.fix ?? '', /Semgrep `yaml\.github-actions\.security\.pull-request-target-code-checkout\.pull-request-target-code-checkout`, zizmor `dangerous-triggers`\./);
  const echo = IAC_RULES.find((r) => r.meta.id === 'iac/gitlab-secret-echo');
  assert.match(echo?.meta.fix ?? '', /Equivalent checks: none\. /);
});
