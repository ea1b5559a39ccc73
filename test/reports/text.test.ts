import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderText } from '../../src/reports/text.js';
import { emptyResult, richResult } from './sample-result.js';

const ESC = '\u001b';

describe('text report', () => {
  const plain = renderText(richResult(), { color: false, root: '.' });
  const lines = plain.split('\n');

  it('has no ANSI codes without colour, even when scanned text carries escapes', () => {
    assert.equal(plain.includes(ESC), false);
    assert.equal(plain.includes('\u0007'), false);
    assert.equal(plain.includes('\u0000'), false);
    assert.match(plain, /origin from <script>&"header" \uFFFD\[2J/);
  });

  it('colours severities on a TTY', () => {
    const coloured = renderText(richResult(), { color: true });
    assert.ok(coloured.includes(`${ESC}[31mhigh`), 'high is red');
    assert.ok(coloured.includes(`${ESC}[35mcritical`), 'critical is magenta');
    // The escape sequence injected by the scanned file is still neutralised.
    assert.equal(coloured.includes(`${ESC}[2J`), false);
  });

  it('groups new findings by file, in path order, each file named once', () => {
    const headers = lines.filter((l) => /^\S/.test(l) && /\.(ts|env)$/.test(l));
    assert.deepEqual(headers, ['config/dev settings.env', 'src/routes/users.ts', 'src/server.ts']);
    const usersAt = lines.indexOf('src/routes/users.ts');
    assert.match(lines[usersAt + 1]!, /^ {2}12:9 {2}high {5}req\.query\.id reaches db\.query .* js\/sql-injection {2}\[AI-written \(Claude Code\)\]$/);
  });

  it('shows a code frame from the redacted snippet with a caret under the span', () => {
    const frameAt = lines.findIndex((l) => l.includes('12 |   return db.query('));
    assert.ok(frameAt > 0, 'frame line present');
    const caret = lines[frameAt + 1]!;
    const caretStart = caret.indexOf('^');
    const codeStart = lines[frameAt]!.indexOf('|') + 2;
    assert.equal(caretStart - codeStart, 8, 'caret starts at column 9');
    assert.equal(caret.trim().replace(/^\|\s*/, ''), '^'.repeat(32));
    assert.ok(plain.includes('3 | AWS_ACCESS_KEY=AKIA****************'));
  });

  it('shows the data flow compactly, source first, with the file only when it changes', () => {
    const at = lines.findIndex((l) => l.trim() === 'data flow:');
    assert.ok(at > 0);
    assert.match(lines[at + 1]!, /^ {8}source line 10 {2}user input from req\.query\.id$/);
    assert.match(lines[at + 2]!, /^ {6}→ step {3}line 11 {2}passed to findUser\(id\)$/);
    assert.match(lines[at + 3]!, /^ {6}→ sink {3}src\/db\.ts:4 {2}reaches db\.query$/);
  });

  it('lists baseline and suppressed findings apart, with the suppression reason', () => {
    const at = lines.indexOf('Not counted by the gate');
    assert.ok(at > 0);
    assert.ok(lines.slice(at).some((l) => /src\/server\.ts:7 {2}medium {2}js\/permissive-cors {2}\(baseline\)/.test(l)));
    assert.ok(lines.slice(at).some((l) => l.includes('src/routes/users.ts:30') && l.includes('(suppressed: tableName comes from a fixed allow-list)')));
    // Not shown twice: the baseline finding has no entry under its file group.
    assert.equal(lines.filter((l) => l.includes("cors() allows origin '*'")).length, 0);
  });

  it('lists scan errors and skipped files with their reasons', () => {
    assert.ok(lines.includes('Scan errors (1)'));
    assert.ok(lines.includes('  src/broken.ts: could not parse: unexpected token at 3:7 [code]'));
    assert.ok(lines.includes('Skipped files (1)'));
    assert.ok(lines.includes('  assets/logo.png: binary file'));
    assert.ok(lines.includes('Scan warnings (1)'));
    assert.ok(lines.includes('  legacy/latin1.js: not valid UTF-8; decoded as Latin-1'));
  });

  it('ends with a summary line and the gate result with each reason', () => {
    const summary = lines.find((l) => l.startsWith('5 findings'));
    assert.equal(summary,
      '5 findings (1 critical, 2 high, 2 medium) · 3 new, 1 baseline, 1 suppressed · 40 files scanned in ., 1 skipped, 1 error · 1.23s');
    const gateAt = lines.indexOf('Gate failed (fail-on: high)');
    assert.ok(gateAt > 0);
    assert.equal(lines[gateAt + 1], "  ✗ 2 new findings at or above 'high' (1 critical, 1 high) [threshold]");
    assert.equal(lines[gateAt + 2], '  ! 1 file could not be scanned (scanErrors: warn)');
    assert.equal(lines[gateAt + 3], '  risk 0.62: 80% of changed lines AI-written; worst new finding high');
  });

  it('never shows an absolute root', () => {
    const text = renderText(richResult(), { color: false, root: '/home/alice/projects/shop' });
    assert.equal(text.includes('/home/alice'), false);
  });

  it('quiet mode keeps new findings, errors, summary and gate but drops frames and the rest', () => {
    const quiet = renderText(richResult(), { color: false, quiet: true });
    assert.ok(quiet.includes('req.query.id reaches db.query'));
    assert.equal(quiet.includes(' | '), false, 'no code frames');
    assert.equal(quiet.includes('data flow:'), false);
    assert.equal(quiet.includes('Not counted by the gate'), false);
    assert.equal(quiet.includes('Skipped files'), false);
    assert.ok(quiet.includes('Scan errors (1)'));
    assert.ok(quiet.includes('Gate failed (fail-on: high)'));
  });

  it('reports an empty scan as passed', () => {
    const text = renderText(emptyResult(), { color: false });
    assert.equal(text, '0 findings · 0 new, 0 baseline, 0 suppressed · 0 files scanned in . · 3ms\nGate passed (fail-on: high)\n');
  });

  it('truncates very long lines and tall snippets', () => {
    const result = emptyResult();
    result.findings = [{
      ...richResult().findings.find((f) => f.fingerprint === 'fp-sql-0001')!,
      trace: undefined,
      snippet: 'x'.repeat(5000) + '\n' + 'y\n'.repeat(20),
      location: { path: 'min.js', startLine: 1, startColumn: 1, endLine: 21, endColumn: 2 },
    }];
    const text = renderText(result, { color: false });
    assert.ok(text.split('\n').every((l) => l.length < 200), 'no line longer than the frame limit');
    assert.ok(text.includes('… 15 more lines'));
  });
});
