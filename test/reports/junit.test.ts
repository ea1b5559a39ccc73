import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXmlAttr, escapeXmlText, renderJunit } from '../../src/reports/junit.js';
import { emptyResult, richResult } from './sample-result.js';

type Json = Record<string, any>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

describe('JUnit report', () => {
  const xml = renderJunit(richResult(), { color: false });
  const doc: Json = parser.parse(xml);
  const suites: Json[] = doc.testsuites.testsuite;
  const suite = (name: string) => suites.find((s) => s.name === name)!;

  it('is well-formed XML even with hostile text from scanned files', () => {
    assert.equal(XMLValidator.validate(xml), true);
    assert.equal(xml.includes('\u001b'), false);
    assert.equal(xml.includes('\u0000'), false);
    assert.equal(XMLValidator.validate(renderJunit(emptyResult(), { color: false })), true);
  });

  it('has one suite per enabled rule plus scan and gate suites, with correct totals', () => {
    assert.deepEqual(suites.map((s) => s.name),
      ['js/eval-injection', 'js/permissive-cors', 'js/sql-injection', 'secrets/aws-access-key', 'vouch/scan', 'vouch/gate']);
    // 1 (no findings) + 2 cors + 2 sql + 1 aws + 3 notices + 1 gate
    assert.equal(doc.testsuites.tests, '10');
    assert.equal(doc.testsuites.failures, '3', 'aws + sql findings that fail the gate, and the gate itself');
    assert.equal(doc.testsuites.errors, '1', 'the scan error');
    assert.equal(doc.testsuites.skipped, '3', 'baseline, suppressed, skipped file');
    assert.equal(doc.testsuites.time, '1.234');
  });

  it('fails only findings that fail the gate; baseline and suppressed are skipped with the reason', () => {
    const sql: Json[] = suite('js/sql-injection').testcase;
    const blocking = sql.find((c) => c.line === '12')!;
    assert.equal(blocking.failure.type, 'high');
    assert.equal(blocking.failure.message, 'req.query.id reaches db.query through string concatenation');
    assert.match(blocking.failure['#text'], /data flow:\n {2}source src\/routes\/users\.ts:10 user input from req\.query\.id/);
    assert.equal(blocking.file, 'src/routes/users.ts');
    const suppressed = sql.find((c) => c.line === '30')!;
    assert.equal(suppressed.skipped.message, 'suppressed: tableName comes from a fixed allow-list');
    const cors: Json[] = suite('js/permissive-cors').testcase;
    assert.equal(cors.find((c) => c.line === '7')!.skipped.message, 'in baseline');
    const belowThreshold = cors.find((c) => c.line === '15')!;
    assert.equal(belowThreshold.failure, undefined, 'a medium finding under fail-on high does not fail');
    assert.ok(String(belowThreshold['system-out']).includes('js/permissive-cors'));
  });

  it('keeps escaped text intact through a parser', () => {
    const hostile = suite('js/permissive-cors').testcase.find((c: Json) => c.line === '15')!;
    assert.ok(hostile.name.includes('origin from <script>&"header"'), hostile.name);
  });

  it('reports scan errors as errors and the gate decision with its reasons', () => {
    const scan: Json[] = suite('vouch/scan').testcase;
    assert.equal(scan[0].error.type, 'scan-error');
    assert.equal(scan[0].error.message, 'could not parse: unexpected token at 3:7');
    assert.equal(scan[1].skipped.message, 'binary file');
    assert.equal(scan[2].error, undefined, 'a warning does not error the build');
    assert.equal(scan[2]['system-out'], 'warning: not valid UTF-8; decoded as Latin-1');
    const gate = suite('vouch/gate').testcase[0];
    assert.equal(gate.name, 'gate (fail-on: high)');
    assert.match(gate.failure['#text'], /\[threshold\] 2 new findings at or above 'high'/);
  });

  it('an empty scan is one passing gate test', () => {
    const empty: Json = parser.parse(renderJunit(emptyResult(), { color: false }));
    assert.equal(empty.testsuites.tests, '1');
    assert.equal(empty.testsuites.failures, '0');
  });

  it('escapes XML metacharacters and drops characters XML cannot hold', () => {
    assert.equal(escapeXmlText('a<b>&c]]>'), 'a&lt;b&gt;&amp;c]]&gt;');
    assert.equal(escapeXmlAttr(`"it's"\nnext`), '&quot;it&apos;s&quot;&#10;next');
    assert.equal(escapeXmlText('x\u0001y\uFFFEz\uD800'), 'x\uFFFDy\uFFFDz\uFFFD');
    assert.equal(escapeXmlText('emoji 😀 stays'), 'emoji 😀 stays');
  });
});
