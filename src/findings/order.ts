import type { Finding } from './finding.js';
import { severityRank } from './severity.js';

/** Code-point order (not locale order): stable across machines, so reports and fingerprints are too. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The one order of findings everywhere: path, line, column, most severe first, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.path, b.location.path) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.ruleId, b.ruleId)
  );
}
