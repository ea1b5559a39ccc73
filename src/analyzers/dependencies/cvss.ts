import type { Severity } from '../../findings/severity.js';

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};

/** CVSS v3.x "round up" to one decimal, as the specification defines it (avoids float artefacts). */
function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/** Base score of a CVSS v3.0/v3.1 vector, or undefined when the vector is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector)) return undefined;
  const m: Record<string, string> = {};
  for (const part of vector.split('/').slice(1)) {
    const [k, v] = part.split(':');
    if (k && v) m[k] = v;
  }
  const scopeChanged = m.S === 'C';
  if (m.S !== 'U' && m.S !== 'C') return undefined;
  const pr = m.PR === 'N' ? 0.85 : m.PR === 'L' ? (scopeChanged ? 0.68 : 0.62) : m.PR === 'H' ? (scopeChanged ? 0.5 : 0.27) : undefined;
  const av = WEIGHTS.AV![m.AV ?? ''], ac = WEIGHTS.AC![m.AC ?? ''], ui = WEIGHTS.UI![m.UI ?? ''];
  const c = WEIGHTS.C![m.C ?? ''], i = WEIGHTS.I![m.I ?? ''], a = WEIGHTS.A![m.A ?? ''];
  if (pr === undefined || av === undefined || ac === undefined || ui === undefined || c === undefined || i === undefined || a === undefined) return undefined;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  if (impact <= 0) return 0;
  const exploitability = 8.22 * av * ac * pr * ui;
  return roundUp(Math.min(scopeChanged ? 1.08 * (impact + exploitability) : impact + exploitability, 10));
}

/** The qualitative rating CVSS assigns to a score. */
export function severityOfScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}
