import type { RuleSetting, VouchConfig } from '../config/schema.js';
import type { Severity } from '../findings/severity.js';
import { isSeverity } from '../findings/severity.js';
import { ruleMatches } from '../findings/suppressions.js';

export interface EffectiveRuleSetting {
  enabled: boolean;
  severity?: Severity;
}

/**
 * The setting for one rule: the most specific matching key wins (`js/sql-injection` over `js/*`
 * over `*`), so a team can turn a family off and one rule back on.
 */
export function ruleSetting(config: VouchConfig, ruleId: string): EffectiveRuleSetting {
  let best: { specificity: number; value: RuleSetting } | undefined;
  for (const [pattern, value] of Object.entries(config.rules)) {
    if (!ruleMatches(pattern, ruleId)) continue;
    const specificity = pattern.endsWith('*') ? pattern.length - 1 : 10_000;
    if (!best || specificity > best.specificity) best = { specificity, value };
  }
  if (!best) return { enabled: true };
  const v = best.value;
  if (v === 'off') return { enabled: false };
  if (v === 'on') return { enabled: true };
  if (isSeverity(v)) return { enabled: true, severity: v };
  return { enabled: v.enabled !== false, ...(v.severity ? { severity: v.severity } : {}) };
}
