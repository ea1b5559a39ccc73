/** Severity levels, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Threshold for the gate: a severity, or `none` (never fail on findings). */
export type FailOn = Severity | 'none';

export function severityRank(s: Severity): number {
  // critical = 4 … info = 0, so "a >= b" reads naturally.
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, threshold: FailOn): boolean {
  if (threshold === 'none') return false;
  return severityRank(s) >= severityRank(threshold);
}

export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/** GitHub code scanning ranks results by a CVSS-like number in `security-severity`. */
export function securitySeverityScore(s: Severity): string {
  switch (s) {
    case 'critical': return '9.5';
    case 'high': return '8.0';
    case 'medium': return '5.5';
    case 'low': return '3.0';
    case 'info': return '0.0';
  }
}
