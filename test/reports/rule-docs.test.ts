import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ruleHelpMarkdown } from '../../src/findings/rule.js';
import {
  editDistance, explainText, filterRules, readmeRuleTable, replaceBetweenMarkers, rulesDocument, rulesJson, rulesTable, suggestRuleIds,
} from '../../src/reports/rule-docs.js';
import { awsRule, corsRule, sqlRule, unusedRule } from './sample-result.js';

const rules = [sqlRule, awsRule, corsRule, unusedRule];
const ids = rules.map((r) => r.id);

describe('rule docs', () => {
  it('`vouch rules` table lists id, severity, CWE and title, aligned', () => {
    const lines = rulesTable([sqlRule, corsRule]).split('\n');
    assert.equal(lines[0], 'ID                  SEVERITY  CWE      TITLE');
    assert.equal(lines[1], 'js/sql-injection    high      CWE-89   SQL query built from user input');
    assert.equal(lines[2], 'js/permissive-cors  medium    CWE-942  CORS allows every origin');
    assert.equal(lines[4], '2 rules. Run `vouch explain RULE_ID` for help, examples and the fix.');
  });

  it('`vouch rules --json` carries the full metadata with derived tags', () => {
    const parsed = JSON.parse(rulesJson([sqlRule]));
    assert.equal(parsed.length, 1);
    assert.equal(parsed[0].id, 'js/sql-injection');
    assert.deepEqual(parsed[0].cwe, [89]);
    assert.deepEqual(parsed[0].tags, ['security', 'injection', 'external/cwe/cwe-089']);
    assert.equal(parsed[0].fix, sqlRule.fix);
    assert.deepEqual(parsed[0].examples, sqlRule.examples);
  });

  it('filters by analyzer and minimum severity', () => {
    assert.deepEqual(filterRules(rules, { analyzer: 'secrets' }).map((r) => r.id), ['secrets/aws-access-key']);
    assert.deepEqual(filterRules(rules, { severity: 'high' }).map((r) => r.id),
      ['js/sql-injection', 'secrets/aws-access-key', 'js/eval-injection']);
  });

  it('`vouch explain` prints the facts line and the help Markdown from the rule itself', () => {
    const text = explainText(sqlRule);
    const [facts, blank, ...rest] = text.split('\n');
    assert.equal(facts, '`js/sql-injection` · severity: high · confidence: high · analyzer: code · CWE-89 · tags: security, injection');
    assert.equal(blank, '');
    assert.equal(rest.join('\n'), ruleHelpMarkdown(sqlRule).trimEnd() + '\n');
    assert.ok(text.includes('### How to fix'));
    assert.ok(text.includes(sqlRule.examples!.bad));
    assert.ok(text.includes(sqlRule.examples!.good));
  });

  it('suggests close rule ids for a typo or a missing prefix', () => {
    assert.deepEqual(suggestRuleIds('sql-injection', ids), ['js/sql-injection']);
    assert.deepEqual(suggestRuleIds('js/sql-injectoin', ids), ['js/sql-injection']);
    assert.deepEqual(suggestRuleIds('py/sql-injection', ids), ['js/sql-injection']);
    assert.deepEqual(suggestRuleIds('secrets/aws-acess-key', ids), ['secrets/aws-access-key']);
    assert.deepEqual(suggestRuleIds('something-else-entirely', ids), []);
    assert.deepEqual(suggestRuleIds('', ids), []);
  });

  it('counts a swap of neighbouring characters as one edit', () => {
    assert.equal(editDistance('injectoin', 'injection'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
    assert.deepEqual(suggestRuleIds('js/eval-injetcion', ids), ['js/eval-injection']);
  });

  it('README table: one row per rule, most severe first, linking to docs/rules.md, cells escaped', () => {
    const piped = { ...corsRule, id: 'js/pipe-rule', title: 'A | B\nC' };
    const table = readmeRuleTable([sqlRule, awsRule, piped]).split('\n');
    assert.equal(table[0], '| Rule | Severity | CWE | What it finds |');
    assert.equal(table[2], '| [`secrets/aws-access-key`](docs/rules.md#secretsaws-access-key) | critical | CWE-798 | AWS access key id |');
    assert.equal(table[3], '| [`js/sql-injection`](docs/rules.md#jssql-injection) | high | CWE-89 | SQL query built from user input |');
    assert.equal(table[4], '| [`js/pipe-rule`](docs/rules.md#jspipe-rule) | medium | CWE-942 | A \\| B C |');
  });

  it('docs/rules.md has an index per analyzer and every rule\'s help under its own heading', () => {
    const doc = rulesDocument(rules);
    assert.ok(doc.startsWith('# Vouch rules\n'));
    assert.ok(doc.includes('## code\n'));
    assert.ok(doc.includes('## secrets\n'));
    for (const r of rules) {
      assert.ok(doc.includes(`\n### ${r.id}\n`), r.id);
      assert.ok(doc.includes(`#### ${r.title}\n`), `help heading nested for ${r.id}`);
      assert.ok(doc.includes(r.fix), `fix of ${r.id}`);
    }
    assert.ok(doc.includes('##### How to fix'));
    assert.ok(doc.indexOf('### secrets/aws-access-key') > doc.indexOf('### js/eval-injection'), 'critical rules sorted by id');
    assert.ok(doc.indexOf('### js/permissive-cors') > doc.indexOf('### js/sql-injection'), 'medium after high');
  });

  it('replaces only the text between the README markers, and refuses a README without them', () => {
    const readme = 'intro\n<!-- rules:start -->\nold table\n<!-- rules:end -->\noutro\n';
    assert.equal(replaceBetweenMarkers(readme, 'NEW'), 'intro\n<!-- rules:start -->\nNEW\n<!-- rules:end -->\noutro\n');
    const twice = replaceBetweenMarkers(replaceBetweenMarkers(readme, 'NEW'), 'NEW');
    assert.equal(twice, 'intro\n<!-- rules:start -->\nNEW\n<!-- rules:end -->\noutro\n', 'idempotent');
    assert.throws(() => replaceBetweenMarkers('no markers here', 'x'), /missing <!-- rules:start -->/);
    assert.throws(() => replaceBetweenMarkers('<!-- rules:end --> <!-- rules:start -->', 'x'), /missing/);
  });
});
