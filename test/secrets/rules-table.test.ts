import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretRules } from '../../src/analyzers/secrets/rules/index.js';
import { SecretDetector } from '../../src/analyzers/secrets/detect.js';
import { ruleMetaOf } from '../../src/analyzers/secrets/rule-row.js';

const detector = new SecretDetector(secretRules);

test('the table covers well over 100 provider formats with unique ids', () => {
  const ids = secretRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
  const providerRows = secretRules.filter((r) => !r.generic);
  assert.ok(providerRows.length >= 150, `only ${providerRows.length} provider rows`);
  for (const r of secretRules) {
    assert.match(r.id, /^secrets\/[a-z0-9][a-z0-9-]*$/, r.id);
    assert.ok(r.keywords.length > 0, `${r.id} has no keywords`);
    for (const k of r.keywords) assert.equal(k, k.toLowerCase(), `${r.id} keyword '${k}' must be lowercase`);
    assert.ok(!r.regex.flags.includes('g'), `${r.id}: the detector adds the g flag itself`);
  }
});

test('every row derives complete rule metadata (one definition)', () => {
  for (const r of secretRules) {
    const meta = ruleMetaOf(r);
    assert.equal(meta.analyzer, 'secrets');
    assert.deepEqual(meta.cwe, [798]);
    assert.equal(meta.owasp, 'A07:2021-Identification and Authentication Failures');
    assert.ok(meta.title.length > 3 && !meta.title.endsWith('.'), `${r.id} title`);
    assert.ok(meta.description.length > 20, `${r.id} description`);
    assert.match(meta.fix, /rotate/i);
  }
});

for (const rule of secretRules) {
  test(`${rule.id}: generated true positives are flagged, near misses are not`, () => {
    const tps = rule.samples.tp();
    assert.ok(tps.length > 0, 'a row needs at least one generated true positive');
    for (const sample of tps) {
      const found = detector.detect(sample).filter((d) => d.rule.id === rule.id);
      assert.ok(found.length >= 1, `not flagged by ${rule.id}: ${JSON.stringify(sample.slice(0, 60))}…`);
      for (const d of found) assert.equal(sample.slice(d.start, d.end), d.secret);
    }
    for (const sample of rule.samples.fp) {
      const found = detector.detect(sample).filter((d) => d.rule.id === rule.id);
      assert.equal(found.length, 0, `false positive of ${rule.id} on ${JSON.stringify(sample)}`);
    }
  });
}
