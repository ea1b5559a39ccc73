import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ruleHelpMarkdown } from '../../src/findings/rule.js';
import { buildSarif, pathToRelativeUri, renderSarif, sarifLevel } from '../../src/reports/sarif.js';
import { emptyResult, richResult, sqlRule } from './sample-result.js';
import { errorsOf, sarifValidator } from './validators.js';

type Json = Record<string, any>;

describe('SARIF report', () => {
  const validate = sarifValidator();
  const log: Json = JSON.parse(renderSarif(richResult(), { color: false, root: '.' }));
  const run = log.runs[0];
  const results: Json[] = run.results;
  const byFingerprint = (fp: string) => results.find((r) => r.partialFingerprints['vouch/v1'] === fp)!;

  it('validates against the official SARIF 2.1.0 schema (rich and empty results)', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(validate(log), true, errorsOf(validate));
    const empty = JSON.parse(renderSarif(emptyResult(), { color: false }));
    assert.equal(validate(empty), true, errorsOf(validate));
    assert.deepEqual(empty.runs[0].results, []);
    assert.deepEqual(empty.runs[0].invocations[0].toolExecutionNotifications, []);
  });

  it('the official schema catches a broken log', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    assert.equal(validate(broken), false);
    const badSuppression = structuredClone(log);
    badSuppression.runs[0].results.find((r: Json) => r.suppressions).suppressions[0].kind = 'inline';
    assert.equal(validate(badSuppression), false);
  });

  it('describes each rule from its metadata: tags, CWE, security-severity, help Markdown', () => {
    const rules: Json[] = run.tool.driver.rules;
    assert.equal(run.tool.driver.name, 'Vouch');
    assert.equal(run.tool.driver.version, '0.1.0');
    assert.deepEqual(rules.map((r) => r.id), ['js/eval-injection', 'js/permissive-cors', 'js/sql-injection', 'secrets/aws-access-key']);
    const sql = rules.find((r) => r.id === 'js/sql-injection')!;
    assert.equal(sql.name, 'JsSqlInjection');
    assert.equal(sql.shortDescription.text, sqlRule.title);
    assert.equal(sql.fullDescription.text, sqlRule.description);
    assert.equal(sql.help.markdown, ruleHelpMarkdown(sqlRule));
    assert.ok(sql.help.text.includes(sqlRule.fix));
    assert.equal(sql.defaultConfiguration.level, 'error');
    assert.deepEqual(sql.properties.tags, ['security', 'injection', 'external/cwe/cwe-089']);
    assert.equal(sql.properties['security-severity'], '8.0');
    assert.equal(sql.properties.precision, 'high');
    const cors = rules.find((r) => r.id === 'js/permissive-cors')!;
    assert.equal(cors.defaultConfiguration.level, 'warning');
    assert.equal(cors.properties.precision, 'medium');
    assert.ok(cors.properties.tags.includes('external/cwe/cwe-942'));
    assert.equal(rules.find((r) => r.id === 'secrets/aws-access-key')!.properties['security-severity'], '9.5');
  });

  it('maps severities to SARIF levels', () => {
    assert.deepEqual(['critical', 'high', 'medium', 'low', 'info'].map((s) => sarifLevel(s as never)),
      ['error', 'error', 'warning', 'note', 'note']);
  });

  it('points each result at its rule and a relative, encoded location with the redacted snippet', () => {
    for (const r of results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    const aws = byFingerprint('fp-aws-0002');
    assert.equal(aws.level, 'error');
    const pl = aws.locations[0].physicalLocation;
    assert.deepEqual(pl.artifactLocation, { uri: 'config/dev%20settings.env', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(pl.region, { startLine: 3, startColumn: 16, endLine: 3, endColumn: 36, snippet: { text: 'AWS_ACCESS_KEY=AKIA****************' } });
  });

  it('uses the finding fingerprint as the partial fingerprint', () => {
    assert.deepEqual(results.map((r) => r.partialFingerprints['vouch/v1']).sort(),
      ['fp-aws-0002', 'fp-cors-0003', 'fp-cors-0005', 'fp-sql-0001', 'fp-sql-0004']);
  });

  it('turns a taint trace into a code flow, one thread-flow location per step', () => {
    const sql = byFingerprint('fp-sql-0001');
    const steps: Json[] = sql.codeFlows[0].threadFlows[0].locations;
    assert.deepEqual(steps.map((s) => s.location.message.text),
      ['user input from req.query.id', 'passed to findUser(id)', 'reaches db.query']);
    assert.deepEqual(steps.map((s) => `${s.location.physicalLocation.artifactLocation.uri}:${s.location.physicalLocation.region.startLine}`),
      ['src/routes/users.ts:10', 'src/routes/users.ts:11', 'src/db.ts:4']);
    assert.deepEqual(steps[0].kinds, ['taint', 'source']);
    assert.deepEqual(steps[2].kinds, ['taint', 'sink']);
    assert.equal(byFingerprint('fp-aws-0002').codeFlows, undefined);
  });

  it('marks suppressed findings with an in-source suppression and its reason, baseline ones as unchanged', () => {
    const suppressed = byFingerprint('fp-sql-0004');
    assert.deepEqual(suppressed.suppressions[0].kind, 'inSource');
    assert.equal(suppressed.suppressions[0].justification, 'tableName comes from a fixed allow-list');
    assert.equal(suppressed.suppressions[0].location.physicalLocation.region.startLine, 29);
    assert.equal(byFingerprint('fp-cors-0003').baselineState, 'unchanged');
    assert.equal(byFingerprint('fp-cors-0003').suppressions, undefined);
    assert.equal(byFingerprint('fp-sql-0001').baselineState, 'new');
    assert.equal(byFingerprint('fp-sql-0001').suppressions, undefined);
  });

  it('carries origin, confidence and severity in result properties', () => {
    assert.deepEqual(byFingerprint('fp-sql-0001').properties,
      { status: 'new', severity: 'high', confidence: 'high', origin: 'ai', originTool: 'Claude Code', originEvidence: ['comment marker at line 1'] });
    assert.equal(byFingerprint('fp-aws-0002').properties.origin, 'unknown');
  });

  it('reports every scan notice as a tool execution notification', () => {
    const notes: Json[] = run.invocations[0].toolExecutionNotifications;
    assert.equal(run.invocations[0].executionSuccessful, true);
    assert.deepEqual(notes.map((n) => [n.level, n.descriptor.id, n.locations[0].physicalLocation.artifactLocation.uri]), [
      ['error', 'vouch/scan-error', 'src/broken.ts'],
      ['note', 'vouch/file-skipped', 'assets/logo.png'],
      ['warning', 'vouch/scan-warning', 'legacy/latin1.js'],
    ]);
    assert.ok(notes[0].message.text.includes('could not parse: unexpected token at 3:7'));
  });

  it('adds a rule entry for a finding whose rule the scan did not list', () => {
    const result = richResult();
    result.findings.push({ ...result.findings[0]!, ruleId: 'vouch/suppression-without-reason', fingerprint: 'fp-x', status: 'new', severity: 'low' });
    const built: Json = buildSarif(result, {});
    const r = built.runs[0].results.find((x: Json) => x.ruleId === 'vouch/suppression-without-reason');
    assert.equal(built.runs[0].tool.driver.rules[r.ruleIndex].id, 'vouch/suppression-without-reason');
    assert.equal(validate(built), true, errorsOf(validate));
  });

  it('encodes paths as relative URI references', () => {
    assert.equal(pathToRelativeUri('a b/c#d%e.ts'), 'a%20b/c%23d%25e.ts');
    assert.equal(pathToRelativeUri('./src\\win.ts'), 'src/win.ts');
    assert.equal(JSON.stringify(log).includes('/home/alice'), false, 'no absolute path in the log');
  });
});
