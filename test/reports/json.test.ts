import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson, JSON_REPORT_SCHEMA_VERSION } from '../../src/reports/json.js';
import { emptyResult, richResult, sampleRisk } from './sample-result.js';
import { errorsOf, vouchReportValidator } from './validators.js';

describe('JSON report', () => {
  const validate = vouchReportValidator();
  const report = JSON.parse(renderJson(richResult(), { color: false, root: '.' }));

  it('validates against schemas/vouch-report.schema.json (rich and empty results)', () => {
    assert.equal(validate(report), true, errorsOf(validate));
    const empty = JSON.parse(renderJson(emptyResult(), { color: false }));
    assert.equal(validate(empty), true, errorsOf(validate));
    assert.deepEqual(empty.findings, []);
  });

  it('the schema rejects reports that break the contract', () => {
    const extraKey = { ...report, surprise: 1 };
    assert.equal(validate(extraKey), false);
    const absoluteRoot = { ...report, root: '/home/alice/projects/shop' };
    assert.equal(validate(absoluteRoot), false);
    const badSeverity = structuredClone(report);
    badSeverity.findings[0].severity = 'severe';
    assert.equal(validate(badSeverity), false);
    const noFingerprint = structuredClone(report);
    delete noFingerprint.findings[0].fingerprint;
    assert.equal(validate(noFingerprint), false);
    const badDate = { ...report, startedAt: 'yesterday' };
    assert.equal(validate(badDate), false, 'date-time format is checked');
  });

  it('carries the version, a relative root and the gate with its reasons', () => {
    assert.equal(report.schemaVersion, JSON_REPORT_SCHEMA_VERSION);
    assert.equal(report.root, '.');
    const fromAbsolute = JSON.parse(renderJson(richResult(), { color: false, root: '/home/alice/projects/shop' }));
    assert.equal(fromAbsolute.root, '.');
    assert.equal(JSON.stringify(fromAbsolute).includes('/home/alice'), false, 'the absolute scan root never leaks');
    assert.equal(report.gate.passed, false);
    assert.deepEqual(report.gate.reasons[0].findings, ['fp-aws-0002', 'fp-sql-0001']);
    assert.deepEqual(report.gate.risk, sampleRisk);
    assert.equal('risk' in JSON.parse(renderJson(emptyResult(), { color: false })).gate, false);
  });

  it('lists findings in stable order with status, trace, origin and suppression', () => {
    assert.deepEqual(report.findings.map((f: { fingerprint: string }) => f.fingerprint),
      ['fp-aws-0002', 'fp-sql-0001', 'fp-sql-0004', 'fp-cors-0003', 'fp-cors-0005']);
    const sql = report.findings[1];
    assert.equal(sql.trace.length, 3);
    assert.deepEqual(sql.trace.map((s: { kind: string }) => s.kind), ['source', 'step', 'sink']);
    assert.equal(sql.origin.kind, 'ai');
    assert.equal(report.findings[2].status, 'suppressed');
    assert.deepEqual(report.findings[2].suppression, { reason: 'tableName comes from a fixed allow-list', line: 29 });
  });

  it('does not leak internal fields', () => {
    assert.equal(JSON.stringify(report).includes('internal-hint-must-not-appear'), false);
    assert.equal('fingerprintHint' in report.findings[1], false);
  });

  it('summarises counts and lists every enabled rule with its severity', () => {
    assert.deepEqual(report.summary.bySeverity, { critical: 1, high: 2, medium: 2, low: 0, info: 0 });
    assert.deepEqual(report.summary.byStatus, { new: 3, baseline: 1, suppressed: 1 });
    assert.deepEqual(report.summary.notices, { error: 1, warning: 1, skipped: 1 });
    assert.deepEqual(report.rules.map((r: { id: string; severity: string }) => `${r.id}:${r.severity}`),
      ['js/eval-injection:critical', 'js/permissive-cors:medium', 'js/sql-injection:high', 'secrets/aws-access-key:critical']);
    assert.deepEqual(report.extras, { provenance: { aiLines: 120, humanLines: 300 } });
  });
});
