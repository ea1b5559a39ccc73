import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanMarkers, blockExtent } from '../../src/provenance/markers.js';

test('an AI-GENERATED marker above a function covers the whole function, REVIEWED too', () => {
  const src = [
    "import x from 'x';",                                   // 1
    '',                                                     // 2
    '// AI-GENERATED: GitHub Copilot (2026-02-06)',         // 3
    '// REVIEWED: @alice (2026-02-07)',                     // 4
    'export function login(user, pass) {',                  // 5
    '  if (!user) {',                                       // 6
    "    return '}';",                                      // 7  brace inside a string must not end the block
    '  }',                                                  // 8
    '  return check(user, pass);',                          // 9
    '}',                                                    // 10
    'const after = 1;',                                     // 11
  ].join('\n');
  const { spans, problems } = scanMarkers(src);
  assert.deepEqual(problems, []);
  const ai = spans.find((s) => s.kind === 'ai')!;
  assert.equal(ai.start, 5);
  assert.equal(ai.end, 10);
  assert.equal(ai.tool, 'GitHub Copilot');
  assert.equal(ai.date, '2026-02-06');
  assert.equal(ai.markerLine, 3);
  const rev = spans.find((s) => s.kind === 'reviewed')!;
  assert.deepEqual([rev.start, rev.end, rev.reviewer, rev.date], [5, 10, '@alice', '2026-02-07']);
});

test('region markers cover the lines between BEGIN and END; model and tool are parsed', () => {
  const src = [
    'a();',                                                          // 1
    '# AI-GENERATED-BEGIN: Claude Code (claude-sonnet-4, 2026-03-01)', // 2
    'b()',                                                           // 3
    'c()',                                                           // 4
    '# AI-GENERATED-END',                                            // 5
    'd()',                                                           // 6
  ].join('\n');
  const { spans } = scanMarkers(src);
  assert.equal(spans.length, 1);
  assert.deepEqual([spans[0]!.start, spans[0]!.end, spans[0]!.tool, spans[0]!.model, spans[0]!.date], [3, 4, 'Claude Code', 'claude-sonnet-4', '2026-03-01']);
});

test('a Python marker covers the indented suite, decorators included', () => {
  const src = [
    '# AI-GENERATED: Cursor',  // 1
    '@app.route("/x")',        // 2
    'def handler():',          // 3
    '    a = 1',               // 4
    '',                        // 5
    '    return a',            // 6
    'def other():',            // 7
    '    pass',                // 8
  ].join('\n');
  const { spans } = scanMarkers(src);
  assert.deepEqual(spans.map((s) => [s.start, s.end]), [[2, 6]]);
});

test('an unclosed region is reported and covers the rest of the file; a stray END is reported', () => {
  const { spans, problems } = scanMarkers('x\n// AI-GENERATED-START: Devin\ny\nz\n// REVIEWED-END');
  assert.equal(problems.length, 2);
  assert.match(problems.join('\n'), /never closed/);
  assert.match(problems.join('\n'), /without a matching BEGIN/);
  assert.deepEqual(spans.map((s) => [s.start, s.end, s.tool]), [[3, 5, 'Devin']]);
});

test('ordinary comments mentioning AI are not markers; a marker above a one-line statement covers that line only', () => {
  const src = [
    '// we used AI generated tests elsewhere',  // 1
    'const a = 1;',                             // 2
    '// AI-GENERATED: Aider',                   // 3
    'const b = compute(',                       // 4
    '  a,',                                     // 5
    ');',                                       // 6
    'const c = 3;',                             // 7
  ].join('\n');
  const { spans } = scanMarkers(src);
  assert.deepEqual(spans.map((s) => [s.start, s.end, s.tool]), [[4, 6, 'Aider']]);
});

test('blockExtent terminates on unbalanced input', () => {
  const lines = ['function broken() {', '  if (x) {', '  return 1;'];
  assert.equal(blockExtent(lines, 0), 0);
});
