import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS, isReportFormat, parseOutputTarget, renderReport } from '../../src/reports/index.js';
import { richResult } from './sample-result.js';

describe('report formats', () => {
  it('offers text, json, sarif and junit', () => {
    for (const f of ['text', 'json', 'sarif', 'junit']) assert.ok(FORMATS.includes(f as never), f);
    assert.equal(isReportFormat('pdf'), false);
    assert.equal(isReportFormat('toString'), false, 'no prototype keys');
  });

  it('renders each format through one entry point', () => {
    const result = richResult();
    assert.ok(renderReport('text', result, { color: false }).includes('Gate failed'));
    assert.equal(JSON.parse(renderReport('json', result, { color: false })).schemaVersion, '1.0.0');
    assert.equal(JSON.parse(renderReport('sarif', result, { color: false })).version, '2.1.0');
    assert.ok(renderReport('junit', result, { color: false }).startsWith('<?xml'));
    assert.throws(() => renderReport('pdf', result, { color: false }), /unknown report format 'pdf'/);
  });

  it('never leaks the redacted secret or the absolute root in any format', () => {
    for (const format of FORMATS) {
      const out = renderReport(format, richResult(), { color: false, root: '/home/alice/projects/shop' });
      assert.equal(out.includes('/home/alice'), false, format);
      assert.equal(out.includes('internal-hint-must-not-appear'), false, format);
    }
  });

  it('parses --output values', () => {
    assert.deepEqual(parseOutputTarget('sarif=out/vouch.sarif'), { format: 'sarif', file: 'out/vouch.sarif' });
    assert.deepEqual(parseOutputTarget('json=a=b.json'), { format: 'json', file: 'a=b.json' });
    assert.deepEqual(parseOutputTarget('report.sarif.json'), { format: 'sarif', file: 'report.sarif.json' });
    assert.deepEqual(parseOutputTarget('junit.xml'), { format: 'junit', file: 'junit.xml' });
    assert.throws(() => parseOutputTarget('pdf=x.pdf'), /unknown format 'pdf'/);
    assert.throws(() => parseOutputTarget('sarif='), /missing file name/);
    assert.throws(() => parseOutputTarget('report.bin'), /cannot tell the format/);
  });
});
