/**
 * Rule documentation in every shape Vouch shows it: the `vouch rules` table and JSON, the
 * `vouch explain` page, the README rule table and docs/rules.md. All of it comes from each rule's
 * own RuleMeta, so the docs cannot drift from the rules.
 */
import { ruleHelpMarkdown, ruleTags, type RuleMeta } from '../findings/rule.js';
import { SEVERITIES, severityRank, type Severity } from '../findings/severity.js';
import { compareText } from './common.js';

export const README_MARKERS = { start: '<!-- rules:start -->', end: '<!-- rules:end -->' } as const;

export function formatCwe(cwe: readonly number[]): string {
  return cwe.length ? cwe.map((c) => `CWE-${c}`).join(', ') : '-';
}

export function filterRules(rules: readonly RuleMeta[], opts: { analyzer?: string; severity?: Severity }): RuleMeta[] {
  const { analyzer, severity } = opts;
  return rules.filter((r) =>
    (analyzer === undefined || r.analyzer === analyzer) &&
    (severity === undefined || severityRank(r.severity) >= severityRank(severity)));
}

/** A plain, aligned table: id, severity, CWE, title. */
export function rulesTable(rules: readonly RuleMeta[]): string {
  const rows = [['ID', 'SEVERITY', 'CWE', 'TITLE'], ...rules.map((r) => [r.id, r.severity, formatCwe(r.cwe), r.title])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd());
  lines.push('', `${rules.length} rule${rules.length === 1 ? '' : 's'}. Run \`vouch explain RULE_ID\` for help, examples and the fix.`);
  return lines.join('\n') + '\n';
}

export function rulesJson(rules: readonly RuleMeta[]): string {
  return JSON.stringify(rules.map((r) => ({
    id: r.id,
    title: r.title,
    analyzer: r.analyzer,
    severity: r.severity,
    confidence: r.confidence,
    cwe: r.cwe,
    ...(r.owasp ? { owasp: r.owasp } : {}),
    tags: ruleTags(r),
    description: r.description,
    fix: r.fix,
    ...(r.examples ? { examples: r.examples } : {}),
  })), null, 2) + '\n';
}

/** `vouch explain`: a one-line header of the rule's facts, then its help Markdown. */
export function explainText(rule: RuleMeta): string {
  const facts = [
    `\`${rule.id}\``,
    `severity: ${rule.severity}`,
    `confidence: ${rule.confidence}`,
    `analyzer: ${rule.analyzer}`,
    formatCwe(rule.cwe),
  ];
  const tags = ruleTags(rule).filter((t) => !t.startsWith('external/'));
  facts.push(`tags: ${tags.join(', ')}`);
  return `${facts.join(' · ')}\n\n${ruleHelpMarkdown(rule).trimEnd()}\n`;
}

/**
 * Up to three known ids close to what was typed: same last segment (`sql-injection` →
 * `js/sql-injection`), or a small edit distance to the whole id or to its last segment.
 */
export function suggestRuleIds(input: string, ids: readonly string[]): string[] {
  const wanted = input.trim().toLowerCase();
  if (wanted === '') return [];
  const wantedTail = wanted.slice(wanted.lastIndexOf('/') + 1);
  const scored = ids.map((id) => {
    const lower = id.toLowerCase();
    const tail = lower.slice(lower.lastIndexOf('/') + 1);
    // A different prefix costs one edit, so `py/sql-injection` still finds `js/sql-injection`.
    const distance = Math.min(editDistance(wanted, lower), editDistance(wantedTail, tail) + (wanted.includes('/') ? 1 : 0));
    // About one edit per five characters: catches typos, not merely similar rule names.
    return { id, distance, limit: Math.max(1, Math.floor(Math.min(wantedTail.length, tail.length) / 5)) };
  });
  return scored
    .filter((s) => s.distance <= s.limit)
    .sort((a, b) => a.distance - b.distance || compareText(a.id, b.id))
    .slice(0, 3)
    .map((s) => s.id);
}

/** Edit distance where swapping two neighbouring characters counts as one edit (the commonest typo). */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Markdown table cells: pipes would split the cell, newlines would end the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

/** The README table: one row per rule, linking to its section in docs/rules.md. */
export function readmeRuleTable(rules: readonly RuleMeta[], docsPath = 'docs/rules.md'): string {
  const lines = ['| Rule | Severity | CWE | What it finds |', '| --- | --- | --- | --- |'];
  for (const r of sortRules(rules)) {
    lines.push(`| [\`${r.id}\`](${docsPath}#${anchor(r.id)}) | ${r.severity} | ${cell(formatCwe(r.cwe))} | ${cell(r.title)} |`);
  }
  lines.push('', `${rules.length} rules. \`vouch rules\` lists them; \`vouch explain RULE_ID\` shows the help for one.`);
  return lines.join('\n');
}

/** docs/rules.md: an index by analyzer, then every rule's full help. */
export function rulesDocument(rules: readonly RuleMeta[]): string {
  const sorted = sortRules(rules);
  const out = [
    '# Vouch rules',
    '',
    '<!-- Generated by scripts/gen-rule-docs.mjs from each rule\'s metadata. Do not edit by hand. -->',
    '',
    `${sorted.length} rules. Severity is the default; \`.vouch.yml\` can override it per rule.`,
    '',
  ];
  const analyzers = [...new Set(sorted.map((r) => r.analyzer))].sort(compareText);
  for (const a of analyzers) {
    const group = sorted.filter((r) => r.analyzer === a);
    out.push(`## ${a}`, '', '| Rule | Severity | Confidence | CWE | Title |', '| --- | --- | --- | --- | --- |');
    for (const r of group) out.push(`| [\`${r.id}\`](#${anchor(r.id)}) | ${r.severity} | ${r.confidence} | ${cell(formatCwe(r.cwe))} | ${cell(r.title)} |`);
    out.push('');
  }
  for (const r of sorted) {
    const facts = [`**Severity:** ${r.severity}`, `**Confidence:** ${r.confidence}`, `**Analyzer:** ${r.analyzer}`];
    const tags = ruleTags(r).filter((t) => !t.startsWith('external/'));
    facts.push(`**Tags:** ${tags.map((t) => `\`${t}\``).join(', ')}`);
    // The rule's help starts with "## Title"; nest it two levels under the rule's own heading.
    const help = ruleHelpMarkdown(r).trimEnd().replace(/^(#{2,4}) /gm, '##$1 ');
    out.push('---', '', `### ${r.id}`, '', facts.join(' · '), '', help, '');
  }
  return out.join('\n');
}

/** Severity first (critical before info), then id: the order readers scan a rule table in. */
function sortRules(rules: readonly RuleMeta[]): RuleMeta[] {
  return [...rules].sort((a, b) =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || compareText(a.id, b.id));
}

/** Replaces what lies between the two markers; throws when the markers are missing or out of order. */
export function replaceBetweenMarkers(doc: string, content: string, markers = README_MARKERS): string {
  const start = doc.indexOf(markers.start);
  const end = doc.indexOf(markers.end);
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`missing ${markers.start} … ${markers.end} markers`);
  }
  return `${doc.slice(0, start + markers.start.length)}\n${content}\n${doc.slice(end)}`;
}
