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

/** Hard-coded credential weaknesses: a code rule and the secrets detector may both report one literal. */
const HARDCODED_CREDENTIAL_CWES = new Set([798, 259, 321]);

/**
 * One finding per hard-coded secret. A code rule that knows what a literal is used for (a JWT
 * signing key, a database password) and the secrets detector that recognises its format report the
 * same line; the secrets finding stays (it carries the exact column, the secret's kind and the
 * rotation advice, and is what `--only secrets` and secret baselines see) with the more severe and
 * more confident of the two ratings, and the code finding goes.
 */
export function oneFindingPerSecret(findings: Finding[], cweOf: (ruleId: string) => readonly number[] | undefined): Finding[] {
  const secretsByFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.ruleId.startsWith('secrets/')) continue;
    const list = secretsByFile.get(f.location.path) ?? [];
    list.push(f);
    secretsByFile.set(f.location.path, list);
  }
  if (!secretsByFile.size) return findings;
  const dropped = new Set<Finding>();
  const raised = new Map<Finding, Finding>();
  for (const f of findings) {
    if (!f.ruleId.startsWith('js/') || !cweOf(f.ruleId)?.some((c) => HARDCODED_CREDENTIAL_CWES.has(c))) continue;
    const secret = secretsByFile.get(f.location.path)?.find((s) => s.location.startLine >= f.location.startLine && s.location.startLine <= f.location.endLine);
    if (!secret) continue;
    dropped.add(f);
    const now = raised.get(secret) ?? secret;
    raised.set(secret, {
      ...now,
      severity: severityRank(f.severity) > severityRank(now.severity) ? f.severity : now.severity,
      confidence: CONFIDENCE_RANK[f.confidence] > CONFIDENCE_RANK[now.confidence] ? f.confidence : now.confidence,
    });
  }
  return findings.filter((f) => !dropped.has(f)).map((f) => raised.get(f) ?? f);
}

const CONFIDENCE_RANK: Record<Finding['confidence'], number> = { low: 0, medium: 1, high: 2 };

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

