import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import type { Finding } from '../../findings/finding.js';
import { buildProvenanceAsync } from '../../provenance/attribute.js';
import { regionsOf, type OriginRegion } from '../../provenance/regions.js';
import { resolveTargets } from '../../provenance/targets.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { type FormatOptions, formatOf, withFormat } from '../report-format.js';

interface TraceOpts extends FormatOptions { tool?: string; model?: string; since?: string; until?: string; findings?: boolean; config?: string }

function parseDate(v: string | undefined, flag: string, endOfDay = false): number | undefined {
  if (!v) return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T${endOfDay ? '23:59:59.999' : '00:00:00'}Z`) : new Date(v);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${flag} '${v}' is not a date (use YYYY-MM-DD or an ISO 8601 time)`);
  return d.getTime();
}

/** The incident-response filter: which AI-written regions match the tool, model and period. */
export function matchesTrace(r: OriginRegion, q: { tool?: string; model?: string; since?: number; until?: number }): boolean {
  if (r.kind !== 'ai') return false;
  if (q.tool && !(r.tool ?? '').toLowerCase().includes(q.tool.toLowerCase())) return false;
  if (q.model && !(r.model ?? '').toLowerCase().includes(q.model.toLowerCase())) return false;
  if (q.since !== undefined || q.until !== undefined) {
    const t = r.at ? Date.parse(r.at.length === 10 ? `${r.at}T00:00:00Z` : r.at) : NaN;
    if (Number.isNaN(t)) return false; // unknown time: cannot be placed inside the period
    if (q.since !== undefined && t < q.since) return false;
    if (q.until !== undefined && t > q.until) return false;
  }
  return true;
}

export function register(program: Command): void {
  withFormat(program
    .command('trace')
    .description('incident response: every AI-written region from a tool, model or period still in the code, with its current findings and review state')
    .argument('[paths...]', 'files or directories (default: every tracked file)')
    .option('--tool <name>', 'tool name contains this text (e.g. copilot)')
    .option('--model <id>', 'model id contains this text (e.g. sonnet-4)')
    .option('--since <date>', 'written on or after this date (YYYY-MM-DD or ISO time)')
    .option('--until <date>', 'written on or before this date')
    .option('--no-findings', 'skip the security scan of the matching files'))
    .option('-c, --config <file>', 'configuration file')
    .action(async (paths: string[], opts: TraceOpts) => {
      const format = formatOf(opts);
      const q = { tool: opts.tool, model: opts.model, since: parseDate(opts.since, '--since'), until: parseDate(opts.until, '--until', true) };
      let targets;
      try {
        targets = resolveTargets(process.cwd(), { paths });
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      const { config } = await loadConfig(targets.root, opts.config);
      const report = await buildProvenanceAsync(targets.root, targets.paths, config);
      const regions = report.files.flatMap((f) => regionsOf(f, (l) => l.kind === 'ai')).filter((r) => matchesTrace(r, q));
      let findings: Finding[] = [];
      let scanNote: string | undefined;
      if (opts.findings !== false && regions.length) {
        try {
          const { runScan } = await import('../../pipeline/scan.js');
          const files = [...new Set(regions.map((r) => r.path))].map((p) => `${targets.root}/${p}`);
          const result = await runScan({ root: targets.root, paths: files, config, groups: config.analyzers, failOn: 'none', offline: true });
          findings = result.findings.filter((f) => f.status !== 'suppressed');
        } catch (err) {
          scanNote = `findings unavailable: ${(err as Error).message.split('\n')[0]}`;
        }
      }
      const withFindings = regions.map((r) => ({
        ...r,
        findings: findings.filter((f) => f.location.path === r.path && f.location.startLine <= r.end && Math.max(f.location.startLine, f.location.endLine) >= r.start),
      }));
      if (format === 'json') {
        process.stdout.write(JSON.stringify({
          query: { tool: opts.tool, model: opts.model, since: opts.since, until: opts.until },
          regions: withFindings.map((r) => ({
            path: r.path, start: r.start, end: r.end, tool: r.tool, model: r.model, at: r.at, reviewed: r.reviewed === true, commits: r.commits, evidence: r.evidence,
            findings: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.location.startLine, fingerprint: f.fingerprint, status: f.status })),
          })),
          notices: report.notices,
          ...(scanNote ? { note: scanNote } : {}),
        }, null, 2) + '\n');
      } else {
        const out = report.notices.map((n) => `note: ${n.path}: ${n.reason}`);
        if (scanNote) out.push(`note: ${scanNote}`);
        for (const r of withFindings) {
          out.push(`${r.path}:${r.start === r.end ? r.start : `${r.start}-${r.end}`}  ${r.tool ?? 'unknown tool'}${r.model ? ` (${r.model})` : ''}  ${r.at ? r.at.slice(0, 10) : 'date unknown'}  ${r.reviewed ? 'reviewed' : 'NOT reviewed'}`);
          for (const f of r.findings) out.push(`    ${f.severity.padEnd(8)} ${f.ruleId} at line ${f.location.startLine}${f.status === 'baseline' ? ' (baseline)' : ''}`);
        }
        const lines = regions.reduce((n, r) => n + r.end - r.start + 1, 0);
        const unreviewed = regions.filter((r) => !r.reviewed).length;
        out.push(`${regions.length} AI-written region(s), ${lines} line(s), in ${new Set(regions.map((r) => r.path)).size} file(s); ${unreviewed} not reviewed; ${findings.length ? withFindings.reduce((n, r) => n + r.findings.length, 0) : 0} finding(s) inside them`);
        process.stdout.write(out.join('\n') + '\n');
      }
      process.exitCode = EXIT.passed;
    });
}
