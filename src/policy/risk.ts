import type { Finding } from '../findings/finding.js';
import type { Severity } from '../findings/severity.js';
import picomatch from 'picomatch';
import type { GateInput } from './gate.js';
import type { PolicyConfig } from './config.js';

/**
 * The risk score of a change, 0–100, documented so a reviewer can recompute it:
 *
 *   score = round(100 × (wA·aiShare + wS·severity + wZ·sensitivity) / (wA + wS + wZ))
 *
 * - aiShare: AI-written non-blank lines / all non-blank lines of the change (changed lines in a
 *   diff-based scan, else the attributed files);
 * - severity: the worst new finding, critical 1, high 0.75, medium 0.5, low 0.25, info 0; a
 *   finding outside AI-written code counts half;
 * - sensitivity: 1 if AI-written lines touch a sensitive area, 0.5 if only other lines do, else 0.
 * Weights come from `policy.risk.weights` (default aiShare 30, severity 50, sensitivity 20).
 */
export interface RiskScore {
  score: number;
  aiShare: number;
  severity: number;
  sensitivity: number;
  explanation: string;
}

const SEVERITY_FACTOR: Record<Severity, number> = { critical: 1, high: 0.75, medium: 0.5, low: 0.25, info: 0 };

function severityFactor(findings: Finding[]): number {
  let worst = 0;
  for (const f of findings) {
    if (f.status !== 'new') continue;
    const v = SEVERITY_FACTOR[f.severity] * (f.origin?.kind === 'ai' ? 1 : 0.5);
    if (v > worst) worst = v;
  }
  return worst;
}

export function computeRisk(input: GateInput, policy: PolicyConfig): RiskScore {
  const prov = input.provenance!;
  let ai = 0;
  let total = 0;
  let sensitivity = 0;
  const sensitive = policy.sensitive.flatMap((a) => a.paths);
  const inSensitive = sensitive.length ? picomatch(sensitive, { dot: true }) : () => false;
  for (const file of prov.files) {
    const changed = input.changed?.get(file.repoPath);
    if (input.changed && !changed) continue;
    let fileAi = 0;
    let fileTotal = 0;
    for (const l of file.lines) {
      if (changed && !changed.has(l.line)) continue;
      if (l.blank || l.outside) continue; // as in the per-file summary
      fileTotal++;
      if (l.kind === 'ai') fileAi++;
    }
    ai += fileAi;
    total += fileTotal;
    if (inSensitive(file.path) && fileTotal > 0) sensitivity = Math.max(sensitivity, fileAi > 0 ? 1 : 0.5);
  }
  const aiShare = total ? ai / total : 0;
  const severity = severityFactor(input.findings);
  const w = policy.risk.weights;
  const sum = w.aiShare + w.severity + w.sensitivity;
  const score = sum > 0 ? Math.round((100 * (w.aiShare * aiShare + w.severity * severity + w.sensitivity * sensitivity)) / sum) : 0;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    score, aiShare, severity, sensitivity,
    explanation: `AI share ${pct(aiShare)} × ${w.aiShare}, severity ${severity} × ${w.severity}, sensitivity ${sensitivity} × ${w.sensitivity}`,
  };
}
