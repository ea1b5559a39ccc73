/**
 * Helpers shared by the report formats. Every format is a pure function of a ScanResult:
 * no disk reads (snippets are already redacted by the pipeline), no clock, no environment.
 */
import type { Finding, FindingStatus } from '../findings/finding.js';
import { SEVERITIES, type Severity } from '../findings/severity.js';
import type { ScanResult } from '../pipeline/scan-result.js';
import { compareFindings } from '../findings/order.js';

export interface RenderOptions {
  /** ANSI colours (text only). The CLI decides: a TTY and no NO_COLOR. */
  color: boolean;
  /**
   * How the scan root is shown, e.g. `.` or `packages/api` (relative to where vouch ran).
   * Absolute paths are never written to a report (they leak home directories into PRs);
   * an absolute or missing value is shown as `.`.
   */
  root?: string;
  /** Text only: new findings without code frames, the summary and the gate. */
  quiet?: boolean;
}

/** The scan root as reports show it: relative, forward slashes, never absolute. */
export function displayRoot(opts: Pick<RenderOptions, 'root'>): string {
  const root = (opts.root ?? '').replace(/\\/g, '/');
  if (root === '' || root.startsWith('/') || /^[A-Za-z]:\//.test(root) || root.startsWith('~')) return '.';
  return root;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function countByStatus(findings: readonly Finding[]): Record<FindingStatus, number> {
  const counts: Record<FindingStatus, number> = { new: 0, baseline: 0, suppressed: 0 };
  for (const f of findings) counts[f.status] += 1;
  return counts;
}

export { compareFindings, compareText } from '../findings/order.js';

export function sortedFindings(result: ScanResult): Finding[] {
  return [...result.findings].sort(compareFindings);
}

/**
 * Scanned files are untrusted: a snippet or message may carry terminal escape sequences or
 * other control characters. Replace them so a report cannot rewrite the reader's terminal.
 */
export function stripControlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, '\uFFFD');
}

/** `js/sql-injection` → `JsSqlInjection` (SARIF `rule.name`). */
export function pascalCaseRuleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
}

/**
 * Notice levels in the order reports list them. `warning` (scanned, with a caveat such as
 * "not UTF-8") is newer than the first ScanNotice contract, so levels are handled as strings and
 * any level a report does not know still gets shown rather than dropped.
 */
export const NOTICE_LEVELS = ['error', 'warning', 'skipped'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

export function noticesOfLevel<T extends { level: string }>(notices: readonly T[], level: string): T[] {
  return notices.filter((n) => n.level === level);
}

/** The change's risk score, when the policy stage computed one (see policy/risk.ts). */
export interface GateRisk {
  score: number;
  aiShare: number;
  severity: number;
  sensitivity: number;
  explanation: string;
}

export function gateRisk(result: ScanResult): GateRisk | undefined {
  const risk = (result.gate as { risk?: GateRisk }).risk;
  return risk && typeof risk.score === 'number' ? risk : undefined;
}
