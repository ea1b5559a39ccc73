/**
 * The parts of a JSON report (schemas/vouch-report.schema.json) that the store keeps, and the
 * upload envelope: the report plus where it came from. The server validates a payload against the
 * schema before it gets here; the CLI records reports it just built.
 */
export interface ReportFinding {
  ruleId: string;
  severity: string;
  confidence: string;
  message: string;
  location: { path: string; startLine: number };
  fingerprint: string;
  status: 'new' | 'baseline' | 'suppressed';
  origin?: { kind: 'ai' | 'human' | 'unknown'; tool?: string; model?: string; reviewed?: boolean };
}

export interface ReportJson {
  schemaVersion: string;
  tool: { name: string; version: string };
  startedAt: string;
  gate: { passed: boolean };
  stats: { durationMs: number };
  summary: { notices: { error: number } };
  findings: ReportFinding[];
  extras: Record<string, unknown>;
}

/** Where a scan ran; `ci` and `pre-commit` count towards coverage. */
export const TRIGGERS = ['ci', 'pre-commit', 'local'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Keys an upload carries beside the report's own. */
export const UPLOAD_KEYS = ['repository', 'branch', 'commit', 'commitTime', 'trigger'] as const;

export interface ScanUpload {
  repository: string;
  branch: string;
  commit: string;
  commitTime?: string;
  trigger?: Trigger;
  report: ReportJson;
}

/** Whether the report covered the whole branch without errors (only then can absence mean "fixed"). */
export function isCompleteScan(report: ReportJson): boolean {
  const scope = report.extras?.scope as { complete?: unknown } | undefined;
  return scope?.complete !== false && report.summary.notices.error === 0;
}

/** Provenance totals from `extras.provenance`: AI files, reviewed AI files, AI lines, all lines. */
export function provenanceTotals(report: ReportJson): { aiFiles: number; aiFilesReviewed: number; aiLines: number; lines: number } {
  const p = report.extras?.provenance as { files?: { aiLines?: unknown; reviewed?: unknown }[]; aiLines?: unknown; lines?: unknown } | undefined;
  const files = Array.isArray(p?.files) ? p.files.filter((f) => typeof f?.aiLines === 'number' && f.aiLines > 0) : [];
  return {
    aiFiles: files.length,
    aiFilesReviewed: files.filter((f) => f.reviewed === true).length,
    aiLines: typeof p?.aiLines === 'number' ? p.aiLines : 0,
    lines: typeof p?.lines === 'number' ? p.lines : 0,
  };
}
