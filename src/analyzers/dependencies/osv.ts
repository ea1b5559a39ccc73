import type { Severity } from '../../findings/severity.js';
import { cvss3BaseScore, severityOfScore } from './cvss.js';
import type { Ecosystem } from './model.js';
import { compareVersions } from './versions.js';

/** The parts of an OSV record (https://ossf.github.io/osv-schema/) that Vouch uses. */
export interface OsvEvent { introduced?: string; fixed?: string; last_affected?: string; limit?: string }
export interface OsvRange { type: string; events: OsvEvent[] }
export interface OsvAffected {
  package?: { ecosystem?: string; name?: string };
  ranges?: OsvRange[];
  versions?: string[];
  database_specific?: Record<string, unknown>;
}
export interface OsvRecord {
  id: string;
  modified?: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: { type: string; score: string }[];
  affected?: OsvAffected[];
  database_specific?: Record<string, unknown>;
}

export const SUPPORTED_ECOSYSTEMS: Ecosystem[] = ['npm', 'PyPI'];

export function isSupportedEcosystem(e: unknown): e is Ecosystem {
  return e === 'npm' || e === 'PyPI';
}

export function isOsvRecord(v: unknown): v is OsvRecord {
  return !!v && typeof v === 'object' && typeof (v as OsvRecord).id === 'string';
}

/** Severity of an advisory: CVSS v3 vector first, then the database's own rating; malware is always critical. */
export function advisorySeverity(rec: OsvRecord): { severity: Severity; score?: number } {
  if (rec.id.startsWith('MAL-')) return { severity: 'critical', score: 10 };
  for (const s of rec.severity ?? []) {
    const score = cvss3BaseScore(s.score);
    if (score !== undefined) return { severity: severityOfScore(score), score };
  }
  const rated = String(rec.database_specific?.severity ?? '').toUpperCase();
  switch (rated) {
    case 'CRITICAL': return { severity: 'critical' };
    case 'HIGH': return { severity: 'high' };
    case 'MODERATE': case 'MEDIUM': return { severity: 'medium' };
    case 'LOW': return { severity: 'low' };
  }
  return { severity: 'medium' };
}

export interface AffectedResult { affected: boolean; fixed?: string }

/** Event version, with OSV's "0" meaning "since the first release". */
function eventVersion(e: OsvEvent): string | undefined {
  return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit;
}

/**
 * OSV evaluation for one range: walk the events in version order; `introduced` at or below the
 * version opens, `fixed` at or below closes, `last_affected` strictly below closes.
 */
function inRange(ecosystem: Ecosystem, range: OsvRange, version: string): AffectedResult {
  const cmp = (a: string, b: string): number | undefined => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersions(ecosystem, a, b));
  const events = range.events.filter((e) => eventVersion(e) !== undefined && cmp(eventVersion(e)!, eventVersion(e)!) === 0);
  events.sort((x, y) => cmp(eventVersion(x)!, eventVersion(y)!) ?? 0);
  let affected = false;
  let fixed: string | undefined;
  for (const e of events) {
    if (e.introduced !== undefined) {
      if (cmp(version, e.introduced)! >= 0) affected = true;
    } else if (e.fixed !== undefined) {
      if (cmp(version, e.fixed)! >= 0) affected = false;
      else if (affected && fixed === undefined) fixed = e.fixed;
    } else if (e.last_affected !== undefined) {
      if (cmp(version, e.last_affected)! > 0) affected = false;
    }
  }
  if (!affected) return { affected };
  return fixed === undefined ? { affected } : { affected, fixed };
}

/** Does this `affected` entry cover the version? Explicit `versions` and SEMVER/ECOSYSTEM ranges count. */
export function matchAffected(ecosystem: Ecosystem, entry: Pick<OsvAffected, 'ranges' | 'versions'>, version: string): AffectedResult {
  let result: AffectedResult = { affected: false };
  for (const v of entry.versions ?? []) {
    if (v === version || compareVersions(ecosystem, v, version) === 0) { result = { affected: true }; break; }
  }
  for (const range of entry.ranges ?? []) {
    if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue; // GIT ranges name commits, not releases
    if (!Array.isArray(range.events)) continue;
    const r = inRange(ecosystem, range, version);
    if (!r.affected) continue;
    if (!result.affected) result = r;
    else if (r.fixed && (!result.fixed || (compareVersions(ecosystem, r.fixed, result.fixed) ?? 0) < 0)) result = { affected: true, fixed: r.fixed };
  }
  return result;
}
