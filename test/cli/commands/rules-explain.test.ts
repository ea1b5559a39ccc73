import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { allRules } from '../../../src/analyzers/registry.js';
import { ruleHelpMarkdown } from '../../../src/findings/rule.js';

const BIN = join(process.cwd(), 'bin/vouch.js');

function vouch(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vouch rules / vouch explain (real CLI)', () => {
  const rules = allRules();

  it('`vouch rules` lists every registered rule with severity, CWE and title', () => {
    const { code, stdout } = vouch('rules');
    assert.equal(code, 0);
    const lines = stdout.split('\n');
    assert.match(lines[0]!, /^ID\s+SEVERITY\s+CWE\s+TITLE$/);
    for (const r of rules) {
      const row = lines.find((l) => l.startsWith(r.id + ' '));
      assert.ok(row, `row for ${r.id}`);
      assert.ok(row.includes(r.severity) && row.endsWith(r.title), row);
      for (const c of r.cwe) assert.ok(row.includes(`CWE-${c}`), `${r.id} CWE-${c}`);
    }
    assert.ok(stdout.includes(`${rules.length} rule`));
  });

  it('`vouch rules --json` is the same list as JSON', () => {
    const { code, stdout } = vouch('rules', '--json');
    assert.equal(code, 0);
    const parsed = JSON.parse(stdout) as { id: string; severity: string }[];
    assert.deepEqual(parsed.map((r) => `${r.id}:${r.severity}`), rules.map((r) => `${r.id}:${r.severity}`));
  });

  it('`vouch explain` prints the rule\'s own help Markdown', () => {
    const rule = rules.find((r) => r.examples) ?? rules[0]!;
    const { code, stdout } = vouch('explain', rule.id);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith(`\`${rule.id}\` · severity: ${rule.severity}`), stdout.slice(0, 120));
    assert.ok(stdout.includes(ruleHelpMarkdown(rule).trimEnd()));
  });

  it('`vouch explain` of an unknown id exits 2 with a suggestion', () => {
    const rule = rules.find((r) => r.id.includes('/') && r.id.split('/').pop()!.length >= 8) ?? rules[0]!;
    const typo = rule.id.slice(0, -2) + rule.id.slice(-1) + rule.id.slice(-2, -1); // swap the last two characters
    const { code, stdout, stderr } = vouch('explain', typo);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.ok(stderr.includes(`unknown rule '${typo}'`), stderr);
    assert.ok(stderr.includes(`Did you mean '${rule.id}'`), stderr);
    const none = vouch('explain', 'zzz/qqqqqqqqqqqq');
    assert.equal(none.code, 2);
    assert.equal(none.stderr.includes('Did you mean'), false);
  });

  it('`vouch rules --severity bogus` is a usage error', () => {
    const { code, stderr } = vouch('rules', '--severity', 'bogus');
    assert.equal(code, 2);
    assert.ok(stderr.includes("unknown severity 'bogus'"));
  });
});
