import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, type VouchConfig } from '../../src/config/schema.js';
import { evaluateGate } from '../../src/policy/gate.js';
import { attachOrigins } from '../../src/provenance/attribute.js';
import { summarizeProvenance } from '../../src/provenance/summary.js';
import { DEFAULT_CHECKLIST } from '../../src/provenance/config.js';
import { renderMarkdown, escapeMarkdown } from '../../src/reports/markdown.js';
import type { Finding } from '../../src/findings/finding.js';
import type { ScanResult } from '../../src/pipeline/scan-result.js';
import { TempRepo, lines } from '../provenance/git-fixture.js';

function finding(path: string, line: number, severity: Finding['severity'], ruleId: string, message: string): Finding {
  return { ruleId, message, severity, confidence: 'high', snippet: 'AKIA…(20)', fingerprint: `${ruleId}@${path}:${line}`, status: 'new', location: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 3 } };
}

test('the PR comment names failing policies, groups findings by severity with origin, shows AI share per file and the checklist', () => {
  const repo = new TempRepo();
  try {
    repo.write('src/auth/login.ts', lines(1, 'h'));
    repo.commit('human start');
    repo.write('src/auth/login.ts', lines(1, 'h') + lines(4, 'ai'));
    repo.commit('login\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    repo.write('src/util.ts', lines(2, 'u'));
    repo.commit('util');
    const config: VouchConfig = { ...defaultConfig(), policy: { failOnByOrigin: { ai: 'medium' }, sensitive: [{ name: 'auth', paths: ['src/auth/**'], reviewers: ['@alice'] }] } };
    const findings = [
      finding('src/auth/login.ts', 3, 'critical', 'js/jwt-none-algorithm', 'JWT verified without <algorithms> | pipes'),
      finding('src/auth/login.ts', 4, 'medium', 'js/open-redirect', 'redirect to @someone'),
      finding('src/util.ts', 1, 'high', 'js/command-injection', 'exec with user input'),
      { ...finding('src/util.ts', 2, 'low', 'js/x', 'old'), status: 'baseline' as const },
    ];
    const provenance = attachOrigins(findings, repo.dir, config);
    const gate = evaluateGate({ findings, notices: [], config, failOn: 'high', provenance });
    const result: ScanResult = {
      tool: { name: 'vouch', version: '0.1.0' }, root: repo.dir, startedAt: '2026-11-24T00:00:00Z', analyzers: ['code'], findings,
      notices: [{ path: 'broken.ts', level: 'error', reason: 'could not parse' }], rules: [],
      stats: { filesDiscovered: 3, filesScanned: 2, filesSkipped: 0, filesWithErrors: 1, linesScanned: 7, bytesScanned: 100, durationMs: 5 },
      gate, extras: { provenance: summarizeProvenance(provenance, DEFAULT_CHECKLIST) },
    };
    const md = renderMarkdown(result);
    assert.match(md, /^## Vouch: ❌ gate failed$/m);
    assert.match(md, /^3 new findings \(1 critical, 1 high, 1 medium\), 2 of them in AI-written code\. Fail-on threshold: `high`\.$/m);
    assert.match(md, /^- \*\*`threshold`\*\* — 2 new findings at or above 'high' \(1 critical, 1 high\), 1 of them in AI-written code$/m);
    assert.match(md, /^- \*\*`failOnByOrigin\.ai`\*\* — 1 new finding in AI-written code at or above 'medium' \(js\/open-redirect at src\/auth\/login\.ts:4\)$/m);
    assert.match(md, /^- \*\*`sensitive\.auth`\*\* — 4 AI-written lines in sensitive area 'auth'/m);
    // Grouped by severity, most severe first, each with its origin.
    const crit = md.indexOf('#### Critical (1)');
    const high = md.indexOf('#### High (1)');
    const med = md.indexOf('#### Medium (1)');
    assert.ok(crit > 0 && crit < high && high < med, 'severity groups in order');
    assert.match(md, /^\| `js\/jwt-none-algorithm` \| src\/auth\/login\.ts:3 \| 🤖 AI \(Claude Code\), not reviewed \| JWT verified without &lt;algorithms&gt; \\\| pipes \|$/m);
    assert.match(md, /^\| `js\/command-injection` \| src\/util\.ts:1 \| human \| exec with user input \|$/m);
    assert.match(md, /redirect to @\u200bsomeone/);
    assert.match(md, /^1 baseline or suppressed finding not shown\.$/m);
    assert.match(md, /^- src\/auth\/login\.ts — 80% AI-written, Claude Code \(not reviewed\)$/m);
    assert.doesNotMatch(md, /src\/util\.ts — /);
    assert.match(md, /^- \[ \] Input validation: every external input is validated or parameterised$/m);
    // aiShare 4/7 lines × 30 + critical AI finding 1 × 50 + AI lines in a sensitive area 1 × 20
    assert.match(md, /^\*\*Risk score:\*\* 87\/100 — AI share 57% × 30, severity 1 × 50, sensitivity 1 × 20$/m);
    assert.match(md, /broken\.ts: could not parse/);
    // Never a raw source line.
    assert.doesNotMatch(md, /const ai1 = 1/);
  } finally {
    repo.remove();
  }
});

test('a passing scan without provenance renders a short comment', () => {
  const result: ScanResult = {
    tool: { name: 'vouch', version: '0.1.0' }, root: '/x', startedAt: '2026-11-24T00:00:00Z', analyzers: ['code'], findings: [], notices: [], rules: [],
    stats: { filesDiscovered: 1, filesScanned: 1, filesSkipped: 0, filesWithErrors: 0, linesScanned: 1, bytesScanned: 1, durationMs: 1 },
    gate: { passed: true, failOn: 'high', reasons: [], notes: [] }, extras: {},
  };
  const md = renderMarkdown(result);
  assert.match(md, /^## Vouch: ✅ gate passed$/m);
  assert.match(md, /^No new findings\. Fail-on threshold: `high`\.$/m);
  assert.doesNotMatch(md, /AI-written code|Review checklist/);
});

test('escapeMarkdown neutralises HTML, links and mentions from scanned content', () => {
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)> [a](http://x) @bob `c`'), '&lt;img src=x onerror=alert(1)&gt; \\[a\\](http://x) @\u200bbob \\`c\\`');
});
