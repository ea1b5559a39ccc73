import type { OriginKind } from '../findings/finding.js';
import type { ProvenanceReport } from './attribute.js';

/**
 * The secret-free, line-free summary of provenance that goes into `ScanResult.extras.provenance`
 * and from there into reports: per file the AI share, tools, models and review state.
 */
export interface ProvenanceFileSummary {
  path: string;
  aiLines: number;
  lines: number;
  /** 0..1 */
  aiShare: number;
  tools: string[];
  models: string[];
  reviewed: boolean;
}

export interface ProvenanceSummary {
  files: ProvenanceFileSummary[];
  aiLines: number;
  lines: number;
  findingsByOrigin?: Record<OriginKind, number>;
  /** The review checklist from `.vouch.yml` (`review.checklist`), for PR comments. */
  checklist: string[];
}

export function summarizeProvenance(report: ProvenanceReport, checklist: string[]): ProvenanceSummary {
  const files = report.files.map((f) => {
    const lines = f.counts.ai + f.counts.human + f.counts.unknown;
    return { path: f.path, aiLines: f.counts.ai, lines, aiShare: f.aiShare, tools: f.tools, models: f.models, reviewed: f.reviewed };
  });
  return {
    files,
    aiLines: files.reduce((n, f) => n + f.aiLines, 0),
    lines: files.reduce((n, f) => n + f.lines, 0),
    findingsByOrigin: report.findingsByOrigin,
    checklist,
  };
}

export function isProvenanceSummary(v: unknown): v is ProvenanceSummary {
  return typeof v === 'object' && v !== null && Array.isArray((v as ProvenanceSummary).files) && Array.isArray((v as ProvenanceSummary).checklist);
}
