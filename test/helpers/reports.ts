/** Schema-valid JSON reports built from a few findings, for store and server tests. */
export interface FindingSpec {
  fingerprint: string;
  ruleId?: string;
  severity?: 'critical' | 'high' | 'medium' | 'low' | 'info';
  status?: 'new' | 'baseline' | 'suppressed';
  origin?: 'ai' | 'human' | 'unknown';
  path?: string;
  line?: number;
  reviewed?: boolean;
}

export function makeReport(opts: {
  startedAt: string;
  findings: FindingSpec[];
  passed?: boolean;
  scope?: { mode: string; complete: boolean };
  errors?: number;
  provenanceFiles?: { path: string; aiLines: number; lines: number; reviewed: boolean }[];
}): Record<string, unknown> {
  const findings = opts.findings.map((f) => ({
    ruleId: f.ruleId ?? 'js/sql-injection',
    severity: f.severity ?? 'high',
    confidence: 'high',
    message: `finding ${f.fingerprint}`,
    location: { path: f.path ?? 'src/app.js', startLine: f.line ?? 10, startColumn: 1, endLine: f.line ?? 10, endColumn: 20 },
    snippet: 'db.query("select * from t where id=" + req.query.id)',
    fingerprint: f.fingerprint,
    status: f.status ?? 'new',
    origin: { kind: f.origin ?? 'human', ...(f.origin === 'ai' ? { tool: 'Claude Code', model: 'claude-sonnet-4' } : {}), ...(f.reviewed !== undefined ? { reviewed: f.reviewed } : {}) },
  }));
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const files = opts.provenanceFiles ?? [];
  return {
    $schema: 'https://vouch.dev/schemas/vouch-report-1.json',
    schemaVersion: '1.0.0',
    tool: { name: 'vouch', version: '0.1.0' },
    root: '.',
    startedAt: opts.startedAt,
    analyzers: ['code', 'secrets'],
    gate: { passed: opts.passed ?? findings.every((f) => f.status !== 'new'), failOn: 'high', reasons: [], notes: [] },
    stats: { filesDiscovered: 3, filesScanned: 3, filesSkipped: 0, filesWithErrors: opts.errors ?? 0, linesScanned: 100, bytesScanned: 2000, durationMs: 120 },
    summary: {
      findings: findings.length,
      bySeverity: { critical: count('critical'), high: count('high'), medium: count('medium'), low: count('low'), info: count('info') },
      byStatus: {
        new: findings.filter((f) => f.status === 'new').length,
        baseline: findings.filter((f) => f.status === 'baseline').length,
        suppressed: findings.filter((f) => f.status === 'suppressed').length,
      },
      notices: { error: opts.errors ?? 0, warning: 0, skipped: 0 },
    },
    findings,
    notices: Array.from({ length: opts.errors ?? 0 }, (_, i) => ({ path: `broken${i}.js`, level: 'error', reason: 'could not parse' })),
    rules: [],
    extras: {
      scope: opts.scope ?? { mode: 'full', complete: true },
      provenance: { files: files.map((f) => ({ ...f, aiShare: f.aiLines / f.lines, tools: [], models: [] })), aiLines: files.reduce((n, f) => n + f.aiLines, 0), lines: files.reduce((n, f) => n + f.lines, 0), checklist: [] },
    },
  };
}

/** An hour offset from a fixed start, as ISO. */
export function at(hoursAfter: number, base = '2026-11-02T08:00:00.000Z'): string {
  return new Date(Date.parse(base) + hoursAfter * 3_600_000).toISOString();
}
