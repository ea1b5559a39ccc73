/**
 * The README rule table and docs/rules.md are generated from the rules' own metadata
 * (`node scripts/gen-rule-docs.mjs`). This keeps the committed copies from drifting: a rule added
 * or changed without regenerating them fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/analyzers/registry.js';
import { readmeRuleTable, replaceBetweenMarkers, rulesDocument } from '../../src/reports/rule-docs.js';

const ROOT = process.cwd();

test('README rule table matches the rules (run node scripts/gen-rule-docs.mjs after changing a rule)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(replaceBetweenMarkers(readme, readmeRuleTable(allRules())), readme);
});

test('docs/rules.md matches the rules (run node scripts/gen-rule-docs.mjs after changing a rule)', () => {
  assert.equal(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'), rulesDocument(allRules()));
});
