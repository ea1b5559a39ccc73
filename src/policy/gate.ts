import type { Finding, ScanNotice } from '../findings/finding.js';
import { atLeast, type FailOn } from '../findings/severity.js';
import type { GateResult } from '../pipeline/scan-result.js';
import type { VouchConfig } from '../config/schema.js';

export interface GateInput {
  findings: Finding[];
  notices: ScanNotice[];
  config: VouchConfig;
  failOn: FailOn;
}

/**
 * The merge gate. Only `new` findings count: baseline and suppressed ones are reported but
 * never fail the gate. Each failing reason names the policy that decided.
 */
export function evaluateGate(input: GateInput): GateResult {
  const { findings, failOn } = input;
  const reasons: GateResult['reasons'] = [];
  const notes: string[] = [];
  const blocking = findings.filter((f) => f.status === 'new' && atLeast(f.severity, failOn));
  if (blocking.length > 0) {
    const bySeverity = new Map<string, number>();
    for (const f of blocking) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    const parts = [...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ');
    reasons.push({
      policy: 'threshold',
      message: `${blocking.length} new finding${blocking.length === 1 ? '' : 's'} at or above '${failOn}' (${parts})`,
      findings: blocking.map((f) => f.fingerprint),
    });
  }
  return { passed: reasons.length === 0, failOn, reasons, notes };
}
