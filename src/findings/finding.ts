import type { Severity } from './severity.js';
import type { Confidence } from './rule.js';

/** 1-based lines, 1-based columns (as editors and SARIF count them). */
export interface Location {
  /** Path relative to the scan root, with forward slashes. */
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface TraceStep {
  location: Location;
  /** What happens here: "user input from req.query.id", "concatenated into sql", "reaches db.query". */
  message: string;
  kind: 'source' | 'step' | 'sink';
}

export type OriginKind = 'ai' | 'human' | 'unknown';

export interface Origin {
  kind: OriginKind;
  /** Tool / model when known, e.g. "Claude Code", "claude-sonnet-4". */
  tool?: string;
  model?: string;
  /** Human-readable evidence: "comment marker at line 3", "Co-authored-by trailer in abc1234". */
  evidence?: string[];
  reviewed?: boolean;
}

/** A finding as an analyzer produces it, before the pipeline adds fingerprint, origin and status. */
export interface RawFinding {
  ruleId: string;
  message: string;
  location: Location;
  /** Overrides the rule's default severity/confidence for this finding. */
  severity?: Severity;
  confidence?: Confidence;
  /** Data-flow path, source first, sink last. */
  trace?: TraceStep[];
  /**
   * Extra stable text folded into the fingerprint instead of line numbers, e.g. the enclosing
   * function's name, or a salted hash of a secret. Never a raw secret.
   */
  fingerprintHint?: string;
  /** If the analyzer already redacted the line (secrets), it supplies the snippet itself. */
  snippet?: string;
  /**
   * For a finding located in another file than the one being analysed (a cross-file data flow),
   * the suppression comment found at that location, read in its own file.
   */
  externalSuppression?: { reason: string; line: number };
  /** Analyzer-specific extra data (commit of a history finding, package name, …). Must be secret-free. */
  properties?: Record<string, unknown>;
  /** Where the finding sits: `test` (test code, fixtures, mocks) or `docs` (docs, examples, Markdown); see findings/context.ts. */
  tags?: string[];
}

export type FindingStatus = 'new' | 'baseline' | 'suppressed';

export interface Finding extends RawFinding {
  severity: Severity;
  confidence: Confidence;
  /** Redacted source line(s) at the location. */
  snippet: string;
  fingerprint: string;
  status: FindingStatus;
  suppression?: { reason: string; line: number };
  origin?: Origin;
}

/** A file (or whole input) that could not be scanned fully. */
export interface ScanNotice {
  path: string;
  /**
   * `error`: we tried and failed (unparsable, unreadable, timeout) — counts against `scanErrors`.
   * `skipped`: skipped on purpose (binary, too big, minified). `warning`: scanned, with a caveat (not UTF-8).
   */
  level: 'error' | 'skipped' | 'warning';
  reason: string;
  /** Which analyzer, if the failure was specific to one. */
  analyzer?: string;
}
