/**
 * Inline suppressions: `vouch-ignore[rule-id]: reason` in any comment style (`//`, `#`, `/* *\/`,
 * `<!-- -->`), on the flagged line or the line above. Several ids may be listed with commas, and an
 * id may end in `*` (`secrets/*`). A suppression without a reason still applies, but is reported.
 */
export interface Suppression {
  line: number;
  ruleIds: string[];
  reason: string;
}

const SUPPRESSION = /vouch-ignore\[([^\]\n]*)\](?:\s*:\s*([^\n]*?))?\s*(?:\*\/|-->)?\s*$/;

export function parseSuppressions(lines: string[]): Map<number, Suppression> {
  const out = new Map<number, Suppression>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (!text.includes('vouch-ignore[')) continue;
    const m = SUPPRESSION.exec(text);
    if (!m) continue;
    const ruleIds = m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
    out.set(i + 1, { line: i + 1, ruleIds, reason: (m[2] ?? '').trim() });
  }
  return out;
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*' ) return true;
  if (pattern.endsWith('*')) return ruleId.startsWith(pattern.slice(0, -1));
  return pattern === ruleId;
}

/** The suppression covering a finding that starts at `line`, if any. */
export function suppressionFor(sups: Map<number, Suppression>, ruleId: string, line: number): Suppression | undefined {
  for (const l of [line, line - 1]) {
    const s = sups.get(l);
    if (s && s.ruleIds.some((p) => ruleMatches(p, ruleId))) return s;
  }
  return undefined;
}
