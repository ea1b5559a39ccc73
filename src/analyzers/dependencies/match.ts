import { severityRank, type Severity } from '../../findings/severity.js';
import type { AdvisoryDb, StoredAdvisory } from './db/advisory-db.js';
import { normalizeName, type DeclaredPackage, type Ecosystem } from './model.js';
import { matchAffected } from './osv.js';
import { compareVersions } from './versions.js';

/** One vulnerability (all its aliases merged) affecting one installed package. */
export interface VulnerabilityMatch {
  pkg: DeclaredPackage;
  /** Preferred display id (CVE when there is one, else GHSA, else the OSV id). */
  id: string;
  /** Every id this vulnerability is known by, sorted. */
  ids: string[];
  summary: string;
  severity: Severity;
  score?: number;
  /** Lowest fixed version above the installed one, if any advisory names one. */
  fixed?: string;
  malicious: boolean;
}

function preferredId(ids: string[]): string {
  return ids.find((i) => i.startsWith('CVE-')) ?? ids.find((i) => i.startsWith('GHSA-')) ?? ids[0]!;
}

/**
 * Match installed packages against the advisory database. OSV publishes the same vulnerability
 * under several ids (GHSA, PYSEC, CVE aliases); advisories sharing any id are merged into one match.
 */
export function matchVulnerabilities(db: AdvisoryDb, installed: DeclaredPackage[]): VulnerabilityMatch[] {
  const names = new Map<Ecosystem, Set<string>>();
  const matches: VulnerabilityMatch[] = [];
  const cache = new Map<string, ReturnType<AdvisoryDb['affectedFor']>>();
  for (const pkg of installed) {
    if (!pkg.version) continue;
    let known = names.get(pkg.ecosystem);
    if (!known) { known = db.affectedNames(pkg.ecosystem); names.set(pkg.ecosystem, known); }
    const key = normalizeName(pkg.ecosystem, pkg.name);
    if (!known.has(key)) continue;
    const cacheKey = `${pkg.ecosystem}:${key}`;
    let rows = cache.get(cacheKey);
    if (!rows) { rows = db.affectedFor(pkg.ecosystem, pkg.name); cache.set(cacheKey, rows); }
    const hits: { advisory: StoredAdvisory; fixed?: string }[] = [];
    for (const row of rows) {
      const r = matchAffected(pkg.ecosystem, row.ranges, pkg.version);
      if (r.affected) hits.push({ advisory: row.advisory, fixed: r.fixed });
    }
    matches.push(...mergeAliases(pkg, hits));
  }
  return matches;
}

function mergeAliases(pkg: DeclaredPackage, hits: { advisory: StoredAdvisory; fixed?: string }[]): VulnerabilityMatch[] {
  const groups: { ids: Set<string>; members: typeof hits }[] = [];
  for (const hit of hits) {
    const ids = new Set([hit.advisory.id, ...hit.advisory.aliases]);
    const joined = groups.filter((g) => [...ids].some((i) => g.ids.has(i)));
    const merged = { ids, members: [hit] };
    for (const g of joined) {
      for (const i of g.ids) merged.ids.add(i);
      merged.members.push(...g.members);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.map((g) => {
    const ids = [...g.ids].sort();
    // Worst severity wins; on a tie, prefer the advisory that carries a CVSS score.
    const weight = (m: (typeof g.members)[number]): number => severityRank(m.advisory.severity) * 2 + (m.advisory.score !== undefined ? 1 : 0);
    const worst = g.members.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    // Aliased advisories may disagree on the fix; the highest named one satisfies all that name one.
    const fixes = g.members.map((m) => m.fixed).filter((f): f is string => f !== undefined);
    const fixed = fixes.length === 0 ? undefined : fixes.reduce((a, b) => ((compareVersions(pkg.ecosystem, b, a) ?? 0) > 0 ? b : a));
    const match: VulnerabilityMatch = {
      pkg, id: preferredId(ids), ids, summary: worst.advisory.summary, severity: worst.advisory.severity,
      malicious: ids.some((i) => i.startsWith('MAL-')),
    };
    if (worst.advisory.score !== undefined) match.score = worst.advisory.score;
    if (fixed !== undefined) match.fixed = fixed;
    return match;
  }).sort((a, b) => a.id.localeCompare(b.id));
}
