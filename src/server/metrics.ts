/**
 * Prometheus metrics, recomputed from the store at each scrape so that every server instance
 * behind a load balancer reports the same numbers. Names match the panels teams already have:
 * vulnerabilities_total{source,severity}, vulnerability_fix_time_hours{source},
 * security_scans_total, security_scans_passed; plus per-repository coverage gauges.
 */
import { Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../store/store.js';

/** Origins as the metrics name them. */
export const SOURCE_LABEL: Record<string, string> = { ai: 'ai-generated', human: 'human', unknown: 'unknown' };
const COVERAGE_WINDOW_MS = 30 * 86_400_000;

interface Snapshot {
  open: { origin: string; severity: string; n: number }[];
  fixHours: { origin: string; hours: number }[];
  scans: { repository: string; total: number; passed: number }[];
  triggers: { repository: string; trigger: string; last: string }[];
}

async function snapshot(store: Store): Promise<Snapshot> {
  const db = store.db;
  const open = await db.selectFrom('findings').select(['origin', 'severity', (eb) => eb.fn.countAll().as('n')])
    .where('state', '=', 'open').groupBy(['origin', 'severity']).execute();
  const fixHours = await db.selectFrom('findings').select(['origin', 'fix_hours']).where('state', '=', 'fixed').where('fix_hours', 'is not', null).execute();
  const scans = await db.selectFrom('scans').select(['repository', (eb) => eb.fn.countAll().as('total'), (eb) => eb.fn.sum<number>('passed').as('passed')])
    .groupBy('repository').execute();
  const triggers = await db.selectFrom('scans').select(['repository', 'trigger', (eb) => eb.fn.max('scanned_at').as('last')]).groupBy(['repository', 'trigger']).execute();
  return {
    open: open.map((r) => ({ origin: r.origin, severity: r.severity, n: Number(r.n) })),
    fixHours: fixHours.map((r) => ({ origin: r.origin, hours: Number(r.fix_hours) })),
    scans: scans.map((r) => ({ repository: r.repository, total: Number(r.total), passed: Number(r.passed ?? 0) })),
    triggers: triggers.map((r) => ({ repository: r.repository, trigger: r.trigger, last: String(r.last) })),
  };
}

export function createMetrics(store: Store, now: () => number = Date.now): Registry {
  const registry = new Registry();
  // One snapshot per scrape, shared by every metric's collect().
  let current: { at: number; data: Promise<Snapshot> } | undefined;
  const data = (): Promise<Snapshot> => {
    if (!current || now() - current.at > 1000) current = { at: now(), data: snapshot(store) };
    return current.data;
  };

  new Gauge({
    name: 'vulnerabilities_total', help: 'Open findings by source (ai-generated, human, unknown) and severity, over all repositories and branches',
    labelNames: ['source', 'severity'], registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await data()).open) this.set({ source: SOURCE_LABEL[r.origin] ?? 'unknown', severity: r.severity }, r.n);
    },
  });
  new Histogram({
    name: 'vulnerability_fix_time_hours', help: 'Hours from first seen (or reopened) to fixed, by source',
    labelNames: ['source'], buckets: [0.5, 1, 2, 4, 8, 24, 72, 168, 720], registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await data()).fixHours) this.observe({ source: SOURCE_LABEL[r.origin] ?? 'unknown' }, r.hours);
    },
  });
  new Gauge({
    name: 'security_scans_total', help: 'Scans recorded, by repository', labelNames: ['repository'], registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await data()).scans) this.set({ repository: r.repository }, r.total);
    },
  });
  new Gauge({
    name: 'security_scans_passed', help: 'Scans whose gate passed, by repository', labelNames: ['repository'], registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await data()).scans) this.set({ repository: r.repository }, r.passed);
    },
  });
  new Gauge({
    name: 'vouch_repository_reporting', help: 'Coverage: 1 when the repository reported a scan from this trigger (ci, pre-commit, local) in the last 30 days',
    labelNames: ['repository', 'trigger'], registers: [registry],
    async collect() {
      this.reset();
      for (const r of (await data()).triggers) this.set({ repository: r.repository, trigger: r.trigger }, now() - Date.parse(r.last) <= COVERAGE_WINDOW_MS ? 1 : 0);
    },
  });
  new Gauge({
    name: 'vouch_repository_last_scan_timestamp_seconds', help: 'When the repository last reported a scan (Unix time)',
    labelNames: ['repository'], registers: [registry],
    async collect() {
      this.reset();
      const last = new Map<string, number>();
      for (const r of (await data()).triggers) last.set(r.repository, Math.max(last.get(r.repository) ?? 0, Date.parse(r.last) / 1000));
      for (const [repository, t] of last) this.set({ repository }, t);
    },
  });
  return registry;
}
