/**
 * The KPIs an AppSec team reports for AI-assisted development, for a time range and a set of
 * repositories: vulnerabilities introduced by origin and severity (targets: no critical and fewer
 * than 5 high in AI-written code a month), mean time to fix (target: under 4 hours), scan pass
 * rate, coverage (repositories reporting from a pre-commit hook and from CI) and review completion
 * (AI-written files signed off), with a series per day, week or month for the trend charts.
 */
import { SEVERITIES, type Severity } from '../findings/severity.js';
import { isoTime, type Store } from './store.js';

export const ORIGINS = ['ai', 'human', 'unknown'] as const;
export type OriginName = (typeof ORIGINS)[number];
export type Bucket = 'day' | 'week' | 'month';

export const TARGETS = { aiCriticalPerMonth: 0, aiHighPerMonth: 5, meanTimeToFixHours: 4 } as const;

export interface KpiQuery {
  from: string;
  to: string;
  repositories?: string[];
  origins?: string[];
  bucket?: Bucket;
}

type BySeverity = Record<Severity, number>;
type ByOrigin<T> = Record<OriginName, T>;

export interface KpiPoint {
  period: string;
  introduced: ByOrigin<BySeverity>;
  fixed: number;
  meanTimeToFixHours: number | null;
  scans: number;
  passed: number;
}

export interface Kpis {
  range: { from: string; to: string; bucket: Bucket };
  repositories: string[];
  targets: typeof TARGETS;
  introduced: ByOrigin<BySeverity>;
  aiPerMonth: { critical: number; high: number; criticalMet: boolean; highMet: boolean };
  open: ByOrigin<BySeverity>;
  fixed: { count: number; meanTimeToFixHours: number | null; met: boolean | null; byOrigin: ByOrigin<{ count: number; meanTimeToFixHours: number | null }> };
  scans: { total: number; passed: number; passRate: number | null };
  coverage: { repositories: number; preCommit: number; ci: number; perRepository: { repository: string; preCommit: boolean; ci: boolean; lastScanAt: string }[] };
  review: { aiFiles: number; aiFilesReviewed: number; completion: number | null };
  series: KpiPoint[];
}

function zeroSeverities(): BySeverity {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as BySeverity;
}

function zeroOrigins(): ByOrigin<BySeverity> {
  return { ai: zeroSeverities(), human: zeroSeverities(), unknown: zeroSeverities() };
}

function originOf(o: string): OriginName {
  return (ORIGINS as readonly string[]).includes(o) ? (o as OriginName) : 'unknown';
}

/** The period a time falls in: `2026-11-02` (day), the Monday `2026-11-02` (week), `2026-11` (month). */
export function periodOf(iso: string, bucket: Bucket): string {
  if (bucket === 'month') return iso.slice(0, 7);
  if (bucket === 'day') return iso.slice(0, 10);
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function periods(from: string, to: string, bucket: Bucket): string[] {
  const out: string[] = [];
  const d = new Date(from.slice(0, 10) + 'T00:00:00Z');
  const end = Date.parse(to);
  while (d.getTime() <= end && out.length < 1000) {
    const p = periodOf(d.toISOString(), bucket);
    if (out.at(-1) !== p) out.push(p);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

function mean(values: number[]): number | null {
  return values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
}

export async function computeKpis(store: Store, q: KpiQuery): Promise<Kpis> {
  const from = isoTime(q.from);
  const to = isoTime(q.to);
  const bucket = q.bucket ?? 'day';
  const db = store.db;

  let fq = db.selectFrom('findings').select(['repository', 'severity', 'origin', 'state', 'first_seen_at', 'fixed_at', 'fix_hours'])
    .where('first_seen_at', '<=', to);
  if (q.repositories?.length) fq = fq.where('repository', 'in', q.repositories);
  if (q.origins?.length) fq = fq.where('origin', 'in', q.origins);
  const findings = await fq.execute();

  let sq = db.selectFrom('scans').select(['repository', 'branch', 'scanned_at', 'passed', 'trigger', 'ai_files', 'ai_files_reviewed'])
    .where('scanned_at', '>=', from).where('scanned_at', '<=', to);
  if (q.repositories?.length) sq = sq.where('repository', 'in', q.repositories);
  const scans = await sq.orderBy('scanned_at').execute();

  const series = new Map<string, KpiPoint & { hours: number[] }>();
  for (const p of periods(from, to, bucket)) series.set(p, { period: p, introduced: zeroOrigins(), fixed: 0, meanTimeToFixHours: null, scans: 0, passed: 0, hours: [] });
  const point = (iso: string) => series.get(periodOf(iso, bucket));

  const introduced = zeroOrigins();
  const open = zeroOrigins();
  const fixHours: ByOrigin<number[]> = { ai: [], human: [], unknown: [] };
  for (const f of findings) {
    const origin = originOf(f.origin);
    const sev = (SEVERITIES as readonly string[]).includes(f.severity) ? (f.severity as Severity) : 'info';
    if (f.state === 'open') open[origin][sev] += 1;
    if (f.first_seen_at >= from) {
      introduced[origin][sev] += 1;
      const p = point(f.first_seen_at);
      if (p) p.introduced[origin][sev] += 1;
    }
    if (f.state === 'fixed' && f.fixed_at && f.fixed_at >= from && f.fixed_at <= to && f.fix_hours !== null) {
      const h = Number(f.fix_hours);
      fixHours[origin].push(h);
      const p = point(f.fixed_at);
      if (p) { p.fixed += 1; p.hours.push(h); }
    }
  }

  const repos = new Map<string, { preCommit: boolean; ci: boolean; lastScanAt: string }>();
  const latestPerBranch = new Map<string, { ai_files: number; ai_files_reviewed: number }>();
  let passed = 0;
  for (const s of scans) {
    if (Number(s.passed)) passed += 1;
    const p = point(s.scanned_at);
    if (p) { p.scans += 1; p.passed += Number(s.passed) ? 1 : 0; }
    const r = repos.get(s.repository) ?? { preCommit: false, ci: false, lastScanAt: s.scanned_at };
    r.preCommit ||= s.trigger === 'pre-commit';
    r.ci ||= s.trigger === 'ci';
    r.lastScanAt = s.scanned_at > r.lastScanAt ? s.scanned_at : r.lastScanAt;
    repos.set(s.repository, r);
    latestPerBranch.set(`${s.repository}\0${s.branch}`, { ai_files: Number(s.ai_files), ai_files_reviewed: Number(s.ai_files_reviewed) });
  }
  const aiFiles = [...latestPerBranch.values()].reduce((n, s) => n + s.ai_files, 0);
  const aiFilesReviewed = [...latestPerBranch.values()].reduce((n, s) => n + s.ai_files_reviewed, 0);

  const months = Math.max((Date.parse(to) - Date.parse(from)) / (30 * 86_400_000), 1 / 30);
  const perMonth = (n: number) => Math.round((n / months) * 100) / 100;
  const allHours = [...fixHours.ai, ...fixHours.human, ...fixHours.unknown];
  const mttf = mean(allHours);
  return {
    range: { from, to, bucket },
    repositories: [...repos.keys()].sort(),
    targets: TARGETS,
    introduced,
    aiPerMonth: {
      critical: perMonth(introduced.ai.critical),
      high: perMonth(introduced.ai.high),
      criticalMet: perMonth(introduced.ai.critical) <= TARGETS.aiCriticalPerMonth,
      highMet: perMonth(introduced.ai.high) < TARGETS.aiHighPerMonth,
    },
    open,
    fixed: {
      count: allHours.length,
      meanTimeToFixHours: mttf,
      met: mttf === null ? null : mttf < TARGETS.meanTimeToFixHours,
      byOrigin: Object.fromEntries(ORIGINS.map((o) => [o, { count: fixHours[o].length, meanTimeToFixHours: mean(fixHours[o]) }])) as Kpis['fixed']['byOrigin'],
    },
    scans: { total: scans.length, passed, passRate: scans.length ? Math.round((passed / scans.length) * 10000) / 10000 : null },
    coverage: {
      repositories: repos.size,
      preCommit: [...repos.values()].filter((r) => r.preCommit).length,
      ci: [...repos.values()].filter((r) => r.ci).length,
      perRepository: [...repos.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([repository, r]) => ({ repository, ...r })),
    },
    review: { aiFiles, aiFilesReviewed, completion: aiFiles ? Math.round((aiFilesReviewed / aiFiles) * 10000) / 10000 : null },
    series: [...series.values()].map(({ hours, ...p }) => ({ ...p, meanTimeToFixHours: mean(hours) })),
  };
}
