import type { Finding, ScanNotice } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import type { FailOn } from '../findings/severity.js';
import type { GateResult } from '../policy/gate.js';

export type { GateReason, GateResult } from '../policy/gate.js';

export interface ScanStats {
  filesDiscovered: number;
  filesScanned: number;
  filesSkipped: number;
  filesWithErrors: number;
  linesScanned: number;
  bytesScanned: number;
  durationMs: number;
  /** Analyses link rounds added: files analysed again because what they import changed. */
  filesReanalysed?: number;
}

/** Everything a report needs; produced once per scan and handed to every output format. */
export interface ScanResult {
  tool: { name: 'vouch'; version: string };
  root: string;
  startedAt: string;
  /** Analyzer groups that ran. */
  analyzers: string[];
  findings: Finding[];
  notices: ScanNotice[];
  /** Metadata of every rule that was enabled for this scan. */
  rules: RuleMeta[];
  stats: ScanStats;
  gate: GateResult;
  /** Extra sections contributed by later stages (provenance summary, dependency db age, …). */
  extras: Record<string, unknown>;
}
