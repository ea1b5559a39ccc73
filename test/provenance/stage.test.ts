import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/schema.js';
import { runProvenanceStage } from '../../src/provenance/stage.js';
import type { ProvenanceSummary } from '../../src/provenance/summary.js';
import type { Finding } from '../../src/findings/finding.js';
import { TempRepo, lines } from './git-fixture.js';

const finding = (path: string, line: number): Finding => ({
  ruleId: 'js/x', message: 'm', severity: 'high', confidence: 'high', snippet: '', fingerprint: `${path}:${line}`, status: 'new',
  location: { path, startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
});

test('staged scan: only the change and finding lines are attributed; --new-only drops findings outside the change', async () => {
  const repo = new TempRepo();
  try {
    repo.write('s.ts', lines(4, 'old'));
    repo.commit('old', 'Claude <noreply@anthropic.com>');
    appendFileSync(join(repo.dir, 's.ts'), '// AI-GENERATED: Cursor\nconst n = 1;\nconst h = 2;\n');
    repo.git('add', 's.ts');
    const content = repo.git('show', ':s.ts');
    const files = [{ path: 's.ts', content }];
    const out = await runProvenanceStage({ root: repo.dir, config: defaultConfig(), findings: [finding('s.ts', 2), finding('s.ts', 6)], files, staged: true });
    assert.deepEqual(out.findings.map((f) => [f.location.startLine, f.origin?.kind, f.origin?.tool]), [[2, 'ai', 'Claude Code'], [6, 'ai', 'Cursor']]);
    assert.deepEqual([...out.changed!.get('s.ts')!].sort(), [5, 6, 7]);
    const summary = out.extras.provenance as ProvenanceSummary;
    // Counted: the change (5 marker comment: unknown, 6 marked: AI, 7 a separate statement the
    // marker does not cover: unknown) and line 2 (a finding, AI by its commit). Lines 1, 3, 4 are left out.
    assert.deepEqual(summary.files.map((f) => [f.path, f.aiLines, f.lines]), [['s.ts', 2, 4]]);
    const newOnly = await runProvenanceStage({ root: repo.dir, config: defaultConfig(), findings: [finding('s.ts', 2), finding('s.ts', 6)], files, staged: true, newOnly: true });
    assert.deepEqual(newOnly.findings.map((f) => f.location.startLine), [6]);
  } finally {
    repo.remove();
  }
});
