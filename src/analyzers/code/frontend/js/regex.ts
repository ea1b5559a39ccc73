/**
 * Super-linear regular expressions, decided by scslre (the analysis behind eslint-plugin-regexp's
 * no-super-linear-backtracking / no-super-linear-move): it builds the pattern's NFA with refa and
 * looks for quantifiers that trade characters (`\d*\w+`), repeat themselves (`(a+)+`), or make the
 * engine rescan every suffix of a rejected input (`\s*$`). Static, no matching is ever run.
 */
import { createRequire } from 'node:module';

// scslre and refa are 1.2 MB of code: loaded on the first pattern worth analysing, not with the analyzer.
let scslre: typeof import('scslre') | undefined;
const analyse: typeof import('scslre').analyse = (...args) => (scslre ??= createRequire(import.meta.url)('scslre') as typeof import('scslre')).analyse(...args);

export interface RegexComplexity {
  /** `exponential`: nested quantifiers; `polynomial`: overlapping ones; `move`: quadratic rescans of a rejected input. */
  kind: 'exponential' | 'polynomial' | 'move';
  /** A character whose long run makes matching slow. */
  character: string;
}

/** Patterns longer than this, or with more quantifiers, are not analysed: the analysis is bounded by the pattern's size. */
const MAX_SOURCE = 400;
const MAX_QUANTIFIERS = 24;
const cache = new Map<string, RegexComplexity | null>();

export function regexComplexity(source: string, flags: string): RegexComplexity | undefined {
  const key = `${flags}/${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let out: RegexComplexity | null = null;
  const quantifiers = source.match(/[*+?}]/g)?.length ?? 0;
  if (source.length <= MAX_SOURCE && quantifiers <= MAX_QUANTIFIERS && /[*+}]/.test(source)) {
    try {
      const { reports } = analyse({ source, flags: flags.replace(/[^dgimsuyv]/g, '') }, { maxReports: 4 });
      const backtracking = reports.filter((r) => r.type !== 'Move');
      const worst = backtracking.find((r) => r.exponential) ?? backtracking[0] ?? reports[0];
      if (worst) out = { kind: worst.exponential ? 'exponential' : backtracking.includes(worst) ? 'polynomial' : 'move', character: worst.character.pick };
    } catch {
      out = null; // not a valid JS pattern (or beyond what the analysis handles): say nothing
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, out);
  return out ?? undefined;
}
