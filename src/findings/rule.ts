import type { Severity } from './severity.js';

export type Confidence = 'high' | 'medium' | 'low';
export type AnalyzerId = 'code' | 'secrets' | 'dependencies' | 'iac' | 'policy' | 'vouch';

/**
 * Everything a user (or SARIF, or the README table) learns about a rule.
 * Each rule module exports exactly one of these; nothing else describes the rule.
 */
export interface RuleMeta {
  /** Stable id: `js/sql-injection`, `secrets/aws-access-key`, `iac/aws-iam-wildcard`. */
  id: string;
  /** Short title, sentence case, no trailing period. */
  title: string;
  analyzer: AnalyzerId;
  severity: Severity;
  confidence: Confidence;
  cwe: number[];
  /** OWASP Top 10 2021 category, e.g. `A03:2021-Injection`. */
  owasp?: string;
  /** Extra tags (categories such as `auth`, `crypto`, `injection`, `ai-common`). */
  tags?: string[];
  /** One or two sentences: what is wrong and why it matters. */
  description: string;
  /** How to fix it, in Markdown. */
  fix: string;
  /** A short bad and good example (code). */
  examples?: { bad: string; good: string; lang?: string };
}

/** Category tags derived from the metadata, used by SARIF and policy. */
export function ruleTags(meta: RuleMeta): string[] {
  const tags = new Set<string>(['security', ...(meta.tags ?? [])]);
  for (const cwe of meta.cwe) tags.add(`external/cwe/cwe-${String(cwe).padStart(3, '0')}`);
  return [...tags];
}

/** Markdown help assembled from the rule's own definition (used by explain, SARIF, docs). */
export function ruleHelpMarkdown(meta: RuleMeta): string {
  const lines = [`## ${meta.title}`, '', meta.description, ''];
  if (meta.cwe.length) {
    lines.push(`**CWE:** ${meta.cwe.map((c) => `[CWE-${c}](https://cwe.mitre.org/data/definitions/${c}.html)`).join(', ')}` +
      (meta.owasp ? `  \n**OWASP:** ${meta.owasp}` : ''), '');
  }
  lines.push('### How to fix', '', meta.fix, '');
  if (meta.examples) {
    const lang = meta.examples.lang ?? 'js';
    lines.push('### Insecure', '', '```' + lang, meta.examples.bad.trimEnd(), '```', '',
      '### Secure', '', '```' + lang, meta.examples.good.trimEnd(), '```', '');
  }
  return lines.join('\n');
}
