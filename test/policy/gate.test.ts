import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, type VouchConfig } from '../../src/config/schema.js';
import { loadConfig, ConfigError } from '../../src/config/load.js';
import { evaluateGate } from '../../src/policy/gate.js';
import { attachOrigins } from '../../src/provenance/attribute.js';
import { changedLines } from '../../src/provenance/diff.js';
import { appendReview } from '../../src/provenance/reviews.js';
import { sha256 } from '../../src/provenance/chain.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Severity } from '../../src/findings/severity.js';
import { TempRepo, lines } from '../provenance/git-fixture.js';

const CLAUDE = 'Claude <noreply@anthropic.com>';

function finding(path: string, line: number, severity: Severity, ruleId = 'js/sql-injection'): Finding {
  return {
    ruleId, message: 'm', severity, confidence: 'high', snippet: 's', fingerprint: `${path}:${line}:${ruleId}`, status: 'new',
    location: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 5 },
  };
}

function withPolicy(policy: Record<string, unknown>): VouchConfig {
  return { ...defaultConfig(), policy };
}

test('plain threshold behaviour is unchanged without provenance', () => {
  const cfg = defaultConfig();
  const g = evaluateGate({ findings: [finding('a.ts', 1, 'high'), { ...finding('a.ts', 2, 'critical'), status: 'baseline' }], notices: [], config: cfg, failOn: 'high' });
  assert.equal(g.passed, false);
  assert.deepEqual(g.reasons.map((r) => r.policy), ['threshold']);
  assert.equal(g.reasons[0]!.message, "1 new finding at or above 'high' (1 high)");
  assert.equal(evaluateGate({ findings: [finding('a.ts', 1, 'medium')], notices: [], config: cfg, failOn: 'high' }).passed, true);
});

test('failOnByOrigin: AI-written code fails at medium while human code still needs high', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/h.ts', lines(3, 'h'));
    repo.commit('human');
    repo.write('src/a.ts', lines(3, 'a'));
    repo.commit('agent', CLAUDE);
    const cfg = withPolicy({ failOnByOrigin: { ai: 'medium', human: 'high' } });
    const findings = [finding('src/h.ts', 2, 'medium'), finding('src/a.ts', 2, 'medium')];
    const provenance = attachOrigins(findings, repo.dir, cfg);
    const g = evaluateGate({ findings, notices: [], config: cfg, failOn: 'high', provenance });
    assert.equal(g.passed, false);
    assert.deepEqual(g.reasons.map((r) => r.policy), ['failOnByOrigin.ai']);
    assert.deepEqual(g.reasons[0]!.findings, ['src/a.ts:2:js/sql-injection']);
    assert.match(g.reasons[0]!.message, /AI-written code at or above 'medium' \(js\/sql-injection at src\/a\.ts:2\)/);
    // The same medium finding in human code passes.
    const onlyHuman = [finding('src/h.ts', 2, 'medium')];
    assert.equal(evaluateGate({ findings: onlyHuman, notices: [], config: cfg, failOn: 'high', provenance: attachOrigins(onlyHuman, repo.dir, cfg) }).passed, true);
    // A plain-threshold failure names its AI share.
    const high = [finding('src/a.ts', 1, 'high')];
    const g2 = evaluateGate({ findings: high, notices: [], config: cfg, failOn: 'high', provenance: attachOrigins(high, repo.dir, cfg) });
    assert.deepEqual(g2.reasons.map((r) => r.policy), ['threshold']);
    assert.match(g2.reasons[0]!.message, /1 of them in AI-written code/);
  } finally {
    repo.remove();
  }
});

test('sensitive area: AI-written auth code needs an approving review by a listed reviewer', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/auth/login.ts', lines(4, 'l'));
    repo.write('src/ui/page.ts', lines(2, 'p'));
    const c = repo.commit('login flow', CLAUDE);
    const cfg = withPolicy({ sensitive: [{ name: 'auth', paths: ['src/auth/**'], reviewers: ['@alice', 'sec@example.com'] }] });
    const extraPaths = ['src/auth/login.ts', 'src/ui/page.ts'];
    const run = () => {
      const provenance = attachOrigins([], repo.dir, cfg, { extraPaths });
      return evaluateGate({ findings: [], notices: [], config: cfg, failOn: 'high', provenance });
    };
    const g1 = run();
    assert.deepEqual(g1.reasons.map((r) => r.policy), ['sensitive.auth']);
    assert.match(g1.reasons[0]!.message, /^4 AI-written lines in sensitive area 'auth' lack an approving recorded review by one of @alice, sec@example\.com \(src\/auth\/login\.ts:1-4\)/);

    const fileHash = sha256(lines(4, 'l'));
    const checklist = [{ item: 'Authn/authz', answer: 'yes' as const }];
    // A review by someone not on the list does not count.
    appendReview(repo.dir, { reviewer: { handle: 'mallory' }, at: '2026-11-24T00:00:00Z', commits: [c], files: [{ path: 'src/auth/login.ts', sha256: fileHash }], checklist, acknowledged: [] });
    assert.equal(run().passed, false);
    // A listed reviewer who answered "no" does not approve.
    appendReview(repo.dir, { reviewer: { handle: 'alice' }, at: '2026-11-24T00:00:00Z', commits: [c], files: [{ path: 'src/auth/login.ts', sha256: fileHash }], checklist: [{ item: 'Authn/authz', answer: 'no' }], acknowledged: [] });
    assert.equal(run().passed, false);
    appendReview(repo.dir, { reviewer: { email: 'sec@example.com' }, at: '2026-11-24T00:00:00Z', commits: [c], files: [{ path: 'src/auth/login.ts', sha256: fileHash }], checklist, acknowledged: [] });
    const g2 = run();
    assert.equal(g2.passed, true, JSON.stringify(g2.reasons));
    // Editing the file after the review: the new AI line (uncommitted edit by Claude marker) is not covered.
    writeFileSync(join(repo.dir, 'src/auth/login.ts'), lines(4, 'l') + '// AI-GENERATED: Claude Code\nconst bypass = true;\n');
    const g3 = run();
    assert.deepEqual(g3.reasons.map((r) => r.policy), ['sensitive.auth']);
    assert.match(g3.reasons[0]!.message, /1 AI-written line .*login\.ts:6\b/);
  } finally {
    repo.remove();
  }
});

test('sensitive area by rule tag: an AI-written crypto finding outside the listed paths still needs review', () => {
  const repo = new TempRepo();
  try {
    repo.write('lib/hash.ts', lines(3, 'x'));
    repo.commit('hash', CLAUDE);
    const cfg = withPolicy({ sensitive: [{ name: 'crypto', rules: ['crypto'] }] });
    const findings = [finding('lib/hash.ts', 2, 'low', 'js/weak-hash')];
    const provenance = attachOrigins(findings, repo.dir, cfg);
    const rules = [{ id: 'js/weak-hash', title: 't', analyzer: 'code' as const, severity: 'low' as const, confidence: 'high' as const, cwe: [328], tags: ['crypto'], description: 'd', fix: 'f' }];
    const g = evaluateGate({ findings, notices: [], config: cfg, failOn: 'high', provenance, rules });
    assert.deepEqual(g.reasons.map((r) => r.policy), ['sensitive.crypto']);
    assert.deepEqual(g.reasons[0]!.findings, ['lib/hash.ts:2:js/weak-hash']);
    // Without the rule metadata the tag cannot match, and nothing fails.
    assert.equal(evaluateGate({ findings, notices: [], config: cfg, failOn: 'high', provenance }).passed, true);
  } finally {
    repo.remove();
  }
});

test('aiDependencies: packages added in AI-written lines must be on the allow-list; human additions are free', () => {
  const repo = new TempRepo();
  try {
    const pkg = (deps: string[], dev: string[] = []) => JSON.stringify({
      name: 'x', dependencies: Object.fromEntries(deps.map((d) => [d, '1.0.0'])), ...(dev.length ? { devDependencies: Object.fromEntries(dev.map((d) => [d, '1.0.0'])) } : {}),
    }, null, 2) + '\n';
    repo.write('package.json', pkg(['express']));
    repo.commit('base');
    // The AI commit adds two packages and, by adding a comma, rewrites the express line.
    repo.write('package.json', pkg(['express', '@types/node', 'left-padz']));
    repo.commit('add deps', CLAUDE);
    // A human adds one more, uncommitted.
    repo.write('package.json', pkg(['express', '@types/node', 'left-padz'], ['lodash']));
    const cfg = withPolicy({ aiDependencies: 'allowlist-required', allowedDependencies: ['@types/*'] });
    const changed = changedLines(repo.dir, { since: 'HEAD~1' });
    const provenance = attachOrigins([], repo.dir, cfg, { extraPaths: ['package.json'] });
    const g = evaluateGate({ findings: [], notices: [], config: cfg, failOn: 'high', provenance, changed });
    assert.deepEqual(g.reasons.map((r) => r.policy), ['aiDependencies']);
    assert.equal(g.reasons[0]!.message, '1 dependency added in AI-written lines is not on policy.allowedDependencies: left-padz (package.json:6, Claude Code)');
    const warn = withPolicy({ aiDependencies: 'warn' });
    const g2 = evaluateGate({ findings: [], notices: [], config: warn, failOn: 'high', provenance, changed });
    assert.equal(g2.passed, true);
    assert.equal(g2.notes[0], '2 dependencies added in AI-written lines are not on policy.allowedDependencies: @types/node (package.json:5, Claude Code), left-padz (package.json:6, Claude Code)');
  } finally {
    repo.remove();
  }
});

test('risk score follows the documented formula and can fail the gate', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/pay/charge.ts', lines(2, 'h'));
    repo.commit('human');
    repo.write('src/pay/charge.ts', lines(2, 'h') + lines(2, 'a'));
    repo.commit('ai', CLAUDE);
    const cfg = withPolicy({ sensitive: [{ name: 'payments', paths: ['src/pay/**'] }], risk: { failAbove: 60 } });
    const findings = [finding('src/pay/charge.ts', 3, 'critical')];
    const provenance = attachOrigins(findings, repo.dir, cfg);
    const g = evaluateGate({ findings, notices: [], config: cfg, failOn: 'none', provenance });
    // aiShare 0.5·30 + severity 1·50 + sensitivity 1·20 = 85
    assert.equal(g.risk?.score, 85);
    assert.deepEqual(g.reasons.map((r) => r.policy), ['sensitive.payments', 'risk']);
    assert.equal(g.risk?.explanation, 'AI share 50% × 30, severity 1 × 50, sensitivity 1 × 20');
  } finally {
    repo.remove();
  }
});

test('policy config is validated strictly: unknown keys and bad values are named', async () => {
  const repo = new TempRepo(false);
  try {
    writeFileSync(join(repo.dir, '.vouch.yml'), 'policy:\n  failOnByOrigin: { ai: medium, robots: low }\n');
    await assert.rejects(loadConfig(repo.dir), (e: unknown) => e instanceof ConfigError && /unknown key 'policy\.failOnByOrigin\.robots'/.test(e.message));
    writeFileSync(join(repo.dir, '.vouch.yml'), 'policy:\n  aiDependencies: maybe\n');
    await assert.rejects(loadConfig(repo.dir), (e: unknown) => e instanceof ConfigError && /policy\.aiDependencies' must be one of/.test(e.message));
    writeFileSync(join(repo.dir, '.vouch.yml'), 'review:\n  checklist: [a, b]\nprovenance:\n  tools: [{ name: Acme Bot, emails: ["@acme\\\\.ai$"] }]\npolicy:\n  sensitive: [{ name: auth, paths: ["src/auth/**"], reviewers: ["@alice"] }]\n');
    const { config } = await loadConfig(repo.dir);
    assert.deepEqual((config.review as { checklist: string[] }).checklist, ['a', 'b']);
  } finally {
    repo.remove();
  }
});
