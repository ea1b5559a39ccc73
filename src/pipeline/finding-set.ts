import type { VouchConfig } from '../config/schema.js';
import type { Finding } from '../findings/finding.js';
import { severityRank } from '../findings/severity.js';
import { compareFindings } from '../findings/order.js';
import { withOccurrence } from '../findings/fingerprint.js';
import { ruleSetting } from './rule-settings.js';
import { applyPathContext } from '../findings/context.js';
import { policyConfig } from '../policy/config.js';

/** Steps every set of findings goes through, whether from a whole scan or one in-memory text. */

export function applyRuleSettings(findings: Finding[], config: VouchConfig): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = ruleSetting(config, f.ruleId);
    if (!s.enabled) continue;
    out.push(s.severity ? { ...f, severity: s.severity } : f);
  }
  // Then where each finding sits: test code and docs are one severity lower (findings/context.ts).
  return applyPathContext(out, policyConfig(config).testAndDocs);
}

/**
 * One finding per rule and line. A cross-file flow is reported while analysing the caller's file,
 * so the sink's own file may report the same line too (e.g. with lower confidence): keep the most
 * severe, then the one with a data-flow trace.
 */
export function dedupeAcrossFiles(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  const score = (f: Finding) => severityRank(f.severity) * 10 + (f.trace && f.trace.length > 1 ? 1 : 0) + (f.confidence === 'high' ? 2 : 0);
  const out: Finding[] = [];
  for (const f of findings) {
    // Only code findings: two advisories for one lockfile line, or two keys on one line, are distinct.
    if (!f.ruleId.startsWith('js/')) {
      out.push(f);
      continue;
    }
    const key = `${f.ruleId}\0${f.location.path}\0${f.location.startLine}`;
    const prev = best.get(key);
    if (!prev || score(f) > score(prev)) best.set(key, f);
  }
  return [...out, ...best.values()];
}

/** Identical findings in one file (same rule, same code) get distinct fingerprints by order. */
export function numberTwins(findings: Finding[]): void {
  const seen = new Map<string, number>();
  const ordered = [...findings].sort(compareFindings);
  for (const f of ordered) {
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    f.fingerprint = withOccurrence(f.fingerprint, n);
  }
}

