/**
 * A redirect target checked for a leading '/' and not '//': enough where the redirect percent-encodes
 * '\' (Express), not where it is sent as written (Fastify). There the finding must say why the check
 * that is plainly in the code falls short; findings without any such check must not claim one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';

const FIXTURES = 'src/analyzers/code/rules/open-redirect.fixture';

test('Fastify: the message of a slash-checked redirect names the backslash bypass', async () => {
  const result = await runScan({ root: process.cwd(), paths: [`${FIXTURES}/fastify-body-checks.js`], config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
  const found = result.findings
    .filter((f) => f.ruleId === 'js/open-redirect')
    .map((f): [number, boolean] => [f.location.startLine, f.message.includes("'/\\evil.example' passes")])
    .sort((a, b) => a[0] - b[0]);
  assert.deepEqual(found, [[8, true], [39, false], [47, false], [55, false]]);
});
