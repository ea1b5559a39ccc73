/**
 * The store's tables as Kysely sees them. One schema for SQLite and PostgreSQL: times are ISO-8601
 * UTC strings (they sort as text in both), booleans are 0/1 integers, ids are text.
 */
export interface ScansTable {
  /** Derived from what identifies the scan (repository, branch, commit, start time, findings): a re-upload gets the same id. */
  id: string;
  repository: string;
  branch: string;
  commit_sha: string;
  commit_time: string | null;
  /** When the scan started (the report's `startedAt`). */
  scanned_at: string;
  /** When the store received it. */
  recorded_at: string;
  tool_version: string;
  duration_ms: number;
  passed: number;
  /** 1 when the scan covered the whole branch without errors: only such a scan can mark findings fixed. */
  complete: number;
  /** Where the scan ran: `ci`, `pre-commit`, `local`. */
  trigger: string;
  findings: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  /** Provenance: files with AI-written lines, and how many of those are reviewed; AI lines and all lines. */
  ai_files: number;
  ai_files_reviewed: number;
  ai_lines: number;
  lines: number;
}

export type FindingState = 'open' | 'fixed' | 'suppressed' | 'baseline';

/** One row per finding fingerprint per repository and branch: its lifecycle. */
export interface FindingsTable {
  id: string;
  repository: string;
  branch: string;
  fingerprint: string;
  rule_id: string;
  severity: string;
  confidence: string;
  message: string;
  path: string;
  line: number;
  origin: string;
  tool: string | null;
  model: string | null;
  /** null: unknown; 0/1 otherwise. */
  reviewed: number | null;
  state: FindingState;
  first_seen_at: string;
  /** Start of the current open period (first seen, or the last reopening). Time to fix counts from here. */
  opened_at: string;
  last_seen_at: string;
  first_scan_id: string;
  last_scan_id: string;
  fixed_at: string | null;
  fixed_scan_id: string | null;
  /** Hours from opened_at to fixed_at, set when an open finding is fixed. */
  fix_hours: number | null;
  reopened: number;
}

/** A finding as one scan saw it: the per-scan history behind drill-down. */
export interface OccurrencesTable {
  scan_id: string;
  finding_id: string;
  severity: string;
  /** The report's status: new, baseline or suppressed. */
  status: string;
  path: string;
  line: number;
}

/** Lifecycle transitions: opened, fixed, reopened, suppressed, baselined, unsuppressed. */
export interface EventsTable {
  finding_id: string;
  scan_id: string;
  at: string;
  event: string;
}

export type TokenScope = 'upload' | 'read';

export interface TokensTable {
  /** Public id, also the token's prefix (for list/revoke). */
  id: string;
  name: string;
  scope: TokenScope;
  /** SHA-256 of the token: the token itself is never stored. */
  hash: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface Database {
  scans: ScansTable;
  findings: FindingsTable;
  occurrences: OccurrencesTable;
  events: EventsTable;
  tokens: TokensTable;
}
