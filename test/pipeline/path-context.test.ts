/**
 * Findings in test code and in docs/examples (issue 12, issue 13 §7): tagged, one severity lower,
 * not failing the gate by default; `policy.testAndDocs: gate` restores them; secrets whose
 * structure proves them real keep their severity everywhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { rand } from '../../src/analyzers/secrets/rules/generate.js';
import { githubChecksumValid, githubTokenWithChecksum } from '../../src/analyzers/secrets/rules/checksums.js';
import { lowerSeverity, pathContext } from '../../src/findings/context.js';

const VULN = "const { exec } = require('child_process');\nmodule.exports = (req, res) => exec('ls ' + req.query.dir);\n";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vouch-context-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

test('test and docs paths are recognised; ordinary source is not', () => {
  for (const p of ['test/a.js', 'src/__tests__/a.ts', 'src/a.test.ts', 'src/a.spec.js', 'cypress/e2e/login.cy.ts', 'e2e/flow.js', 'src/__mocks__/db.js', 'test/fixtures/app.js', 'packages/x/tests/util.js', 'scripts/stress-test/run.js', 'integration-tests/db.js', 'test-utils/server.js', 'app/unit_tests/a.js']) assert.equal(pathContext(p), 'test', p);
  for (const p of ['docs/setup.md', 'README.md', 'examples/server.js', 'packages/x/docs/api.mdx', 'sample/index.js']) assert.equal(pathContext(p), 'docs', p);
  for (const p of ['src/app.js', 'lib/testing-utils.js', 'src/contest.js', 'src/spec-parser.js', 'latest/app.js', 'src/contest/a.js', 'src/protest-api/a.js', 'lib/attest/index.js']) assert.equal(pathContext(p), undefined, p);
  assert.equal(lowerSeverity('critical'), 'high');
  assert.equal(lowerSeverity('info'), 'info');
});

test('GitHub token checksums: a made-up token fails, a well-formed one passes', () => {
  const good = githubTokenWithChecksum('ghp_', rand('alnum', 30));
  assert.equal(good.length, 40);
  assert.equal(githubChecksumValid(good), true);
  const last = good.at(-1) === 'a' ? 'b' : 'a';
  assert.equal(githubChecksumValid(good.slice(0, -1) + last), false);
  assert.equal(githubChecksumValid(`ghp_${'x'.repeat(36)}`), false);
});

test('code findings in test code are tagged test, one severity lower, and do not fail the gate; policy.testAndDocs: gate restores them', async () => {
  const root = tree({ 'src/run.js': VULN, 'test/run.test.js': VULN, 'src/run.spec.js': VULN });
  const config = defaultConfig();
  const res = await runScan({ root, config, groups: ['code'], jobs: 1, failOn: 'high', offline: true });
  const rows = res.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.severity, f.tags ?? []]).sort();
  const base = res.findings.find((f) => f.location.path === 'src/run.js')!.severity;
  assert.deepEqual(rows, [
    ['js/command-injection', 'src/run.js', 2, base, []],
    ['js/command-injection', 'src/run.spec.js', 2, lowerSeverity(base), ['test']],
    ['js/command-injection', 'test/run.test.js', 2, lowerSeverity(base), ['test']],
  ]);
  assert.equal(res.gate.passed, false);
  assert.deepEqual(res.gate.reasons.flatMap((r) => r.findings ?? []).length, 1);
  assert.ok(res.gate.notes.some((n) => /2 new findings in test code or docs/.test(n)));

  // Only test code: reported, the gate passes.
  const onlyTests = await runScan({ root: tree({ 'test/run.test.js': VULN }), config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'medium', offline: true });
  assert.deepEqual(onlyTests.findings.map((f) => [f.ruleId, f.location.startLine, f.tags]), [['js/command-injection', 2, ['test']]]);
  assert.equal(onlyTests.gate.passed, true);

  const strict = defaultConfig();
  strict.policy = { testAndDocs: 'gate' };
  const gated = await runScan({ root: tree({ 'test/run.test.js': VULN }), config: strict, groups: ['code'], jobs: 1, failOn: 'medium', offline: true });
  assert.deepEqual(gated.findings.map((f) => [f.ruleId, f.location.startLine, f.severity, f.tags]), [['js/command-injection', 2, base, ['test']]]);
  assert.equal(gated.gate.passed, false);
});

test('secrets in Markdown, docs/ and examples/ are tagged docs and lowered, unless their structure proves them real', async () => {
  const madeUp = `ghp_${rand('alnum', 36)}`; // no valid checksum (with overwhelming probability)
  const real = githubTokenWithChecksum('ghp_', rand('alnum', 30));
  const awsId = `AKIA${rand('upperB32', 16)}`;
  const jwtSecret = rand('alnum', 24);
  const root = tree({
    'README.md': `# Setup\n\n\`\`\`sh\nexport GITHUB_TOKEN=${madeUp}\n\`\`\`\n`,
    'docs/auth.md': `Sign tokens:\n\n\`\`\`js\nconst JWT_SECRET = '${jwtSecret}';\n\`\`\`\n`,
    'docs/ci.md': `Leaked once:\n\n    token: ${real}\n`,
    'examples/aws.js': `module.exports = { accessKeyId: '${awsId}' };\n`,
    'src/config.js': `module.exports = { JWT_SECRET: '${jwtSecret}' };\n`,
  });
  assert.equal(githubChecksumValid(madeUp), false);
  const res = await runScan({ root, config: defaultConfig(), groups: ['secrets'], jobs: 1, failOn: 'high', offline: true });
  const rows = res.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.severity, f.tags ?? []]).sort();
  assert.deepEqual(rows, [
    ['secrets/aws-access-key', 'examples/aws.js', 1, 'critical', []],
    ['secrets/github-pat', 'README.md', 4, 'high', ['docs']],
    ['secrets/github-pat', 'docs/ci.md', 3, 'critical', []],
    ['secrets/jwt-signing-secret', 'docs/auth.md', 4, 'medium', ['docs']],
    ['secrets/jwt-signing-secret', 'src/config.js', 1, 'high', []],
  ]);
  assert.equal(res.findings.find((f) => f.location.path === 'docs/ci.md')!.properties!.verifiable, true);
  assert.ok(!JSON.stringify(res).includes(real) && !JSON.stringify(res).includes(jwtSecret));
  assert.equal(res.gate.passed, false);
  assert.equal(res.gate.reasons[0]!.findings!.length, 3);
});

test('secrets in test fixtures are tagged test and do not gate; a private key block keeps its severity anywhere', async () => {
  const jwtSecret = rand('alnum', 24);
  const body = rand('b64', 640).match(/.{1,64}/g)!.join('\n');
  const root = tree({
    'test/fixtures/config.js': `module.exports = { JWT_SECRET: '${jwtSecret}' };\n`,
    'docs/deploy.md': `Deploy key:\n\n\`\`\`\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n\`\`\`\n`,
  });
  const res = await runScan({ root, config: defaultConfig(), groups: ['secrets'], jobs: 1, failOn: 'high', offline: true });
  const rows = res.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine, f.severity, f.tags?.filter((t) => t === 'test' || t === 'docs') ?? []]).sort();
  assert.deepEqual(rows, [
    ['secrets/jwt-signing-secret', 'test/fixtures/config.js', 1, 'medium', ['test']],
    ['secrets/private-key-rsa', 'docs/deploy.md', 4, 'critical', []],
  ]);
  // Only the key block fails the gate.
  assert.deepEqual(res.gate.reasons.flatMap((r) => r.findings ?? []).length, 1);
});
