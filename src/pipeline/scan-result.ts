import type { Finding, ScanNotice } from '../findings/finding.js';
import type { RuleMeta } from '../findings/rule.js';
import type { FailOn } from '../findings/severity.js';
import type { RiskScore } from '../policy/risk.js';

export interface GateReason {
  /** Which part of the policy decided: `threshold`, `scan-errors`, or a policy rule id. */
  policy: string;
  message: string;
  /** Fingerprints of the findings behind this reason, if any. */
  findings?: string[];
}

export interface GateResult {
  passed: boolean;
  failOn: FailOn;
  /** Why it failed (empty when it passed), each naming the policy that decided. */
  reasons: GateReason[];
  /** Notes that did not fail the gate but a reader should see (e.g. scan errors under `scanErrors: warn`). */
  notes: string[];
  /** The change's documented risk score (policy/risk.ts), when provenance ran. */
  risk?: RiskScore;
}

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
