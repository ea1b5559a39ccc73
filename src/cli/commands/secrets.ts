/**
 * `vouch secrets [PATHS…]`: the scan restricted to the secrets analyzer (working tree, `--staged`,
 * `--changed-since REF`), or with `--history [--since REF]` every commit reachable from any ref.
 * History findings become the same Finding/ScanResult, so every report format works unchanged.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import type { Finding } from '../../findings/finding.js';
import type { FailOn } from '../../findings/severity.js';
import { fingerprintOf, withOccurrence } from '../../findings/fingerprint.js';
import { readBaseline } from '../../findings/baseline.js';
import { allRules } from '../../analyzers/registry.js';
import { evaluateGate } from '../../policy/gate.js';
import { ruleSetting } from '../../pipeline/rule-settings.js';
import type { ScanResult } from '../../pipeline/scan-result.js';
import { parseOutputTarget, renderReport } from '../../reports/index.js';
import { VERSION } from '../../version.js';
import { scanHistory } from '../../analyzers/secrets/history.js';
import { GitRefError, NotAGitRepositoryError, repoTopLevel } from '../../analyzers/secrets/git.js';
import { SecretsConfigError, secretsSettings } from '../../analyzers/secrets/settings.js';
import { UsageError } from '../exit-codes.js';
import { addScanOptions, exitCodeOf, runScanCommand, type ScanCliOptions } from './scan.js';

interface SecretsCliOptions extends ScanCliOptions {
  history?: boolean;
  since?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command('secrets')
    .description('find hard-coded secrets (provider keys, tokens, private keys, passwords) in files, the staged change, or the whole git history')
    .argument('[paths...]', 'files or directories to scan (default: the current repository)')
    .option('--history', 'scan every commit reachable from any ref (each blob once)')
    .option('--since <ref>', 'with --history: only commits not reachable from REF');
  addScanOptions(cmd, { only: false }).action(async (paths: string[], opts: SecretsCliOptions) => {
    if (opts.since !== undefined && !opts.history) throw new UsageError('--since only applies to --history (for files use --changed-since REF)');
    if (!opts.history) {
      process.exitCode = await runScanCommand(paths, opts, ['secrets']);
      return;
    }
    if (paths.length) throw new UsageError('--history scans the whole repository; give no paths (use secrets.allowPaths in .vouch.yml to skip some)');
    if (opts.staged || opts.changedSince) throw new UsageError('--history cannot be combined with --staged or --changed-since');
    process.exitCode = await runHistoryCommand(opts);
  });
}

async function runHistoryCommand(opts: SecretsCliOptions): Promise<number> {
  const cwd = process.cwd();
  let root: string;
  try {
    root = await repoTopLevel(opts.root ? resolve(cwd, opts.root) : cwd);
  } catch (err) {
    if (err instanceof NotAGitRepositoryError) throw new UsageError(err.message);
    throw err;
  }
  const { config } = await loadConfig(root, opts.config);
  const started = Date.now();
  let history;
  try {
    history = await scanHistory({ cwd: root, settings: secretsSettings(config), since: opts.since });
  } catch (err) {
    if (err instanceof GitRefError || err instanceof SecretsConfigError || err instanceof NotAGitRepositoryError) throw new UsageError(err.message);
    throw err;
  }
  const rules = new Map(allRules().map((r) => [r.id, r]));
  const baseline = opts.baseline ? readBaseline(resolve(cwd, opts.baseline)) : new Set<string>();
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const raw of history.findings) {
    const setting = ruleSetting(config, raw.ruleId);
    if (!setting.enabled) continue;
    const meta = rules.get(raw.ruleId);
    const base = fingerprintOf(raw.ruleId, raw.location.path, raw.snippet ?? '', raw.fingerprintHint ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const fingerprint = withOccurrence(base, n);
    const sup = raw.properties?.suppression as { reason: string; line: number } | undefined;
    findings.push({
      ...raw,
      severity: setting.severity ?? raw.severity ?? meta?.severity ?? 'high',
      confidence: raw.confidence ?? meta?.confidence ?? 'medium',
      snippet: raw.snippet ?? '',
      fingerprint,
      status: sup ? 'suppressed' : baseline.has(fingerprint) ? 'baseline' : 'new',
      ...(sup ? { suppression: sup } : {}),
    });
  }
  const failOn = (opts.failOn as FailOn | undefined) ?? config.failOn;
  const gate = evaluateGate({ findings, notices: history.notices, config, failOn, rules: allRules() });
  const errors = history.notices.filter((n) => n.level === 'error');
  if (errors.length) {
    if (config.scanErrors === 'fail') {
      gate.passed = false;
      gate.reasons.push({ policy: 'scan-errors', message: `${errors.length} part${errors.length === 1 ? '' : 's'} of the history could not be read (scanErrors: fail)` });
    } else {
      gate.notes.push(`${errors.length} part${errors.length === 1 ? '' : 's'} of the history could not be read (scanErrors: warn)`);
    }
  }
  const s = history.stats;
  const result: ScanResult = {
    tool: { name: 'vouch', version: VERSION },
    root,
    startedAt: new Date(started).toISOString(),
    analyzers: ['secrets'],
    findings,
    notices: history.notices,
    rules: [...rules.values()].filter((r) => r.analyzer === 'secrets' && ruleSetting(config, r.id).enabled),
    stats: {
      filesDiscovered: s.blobs,
      filesScanned: s.blobsScanned,
      filesSkipped: s.skippedBinary,
      filesWithErrors: new Set(errors.map((n) => n.path)).size,
      linesScanned: 0,
      bytesScanned: s.bytesScanned,
      durationMs: Date.now() - started,
    },
    gate,
    extras: { history: { commits: s.commits, blobs: s.blobs, blobsScanned: s.blobsScanned, since: opts.since ?? null } },
  };
  const shownRoot = relative(cwd, root) || '.';
  for (const spec of opts.output ?? []) {
    let target;
    try {
      target = parseOutputTarget(spec);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const file = resolve(cwd, target.file!);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderReport(target.format, result, { color: false, root: shownRoot, quiet: opts.quiet }));
  }
  const color = opts.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(renderReport(opts.format ?? 'text', result, { color, root: shownRoot, quiet: opts.quiet }));
  if (!opts.quiet) process.stderr.write(`vouch: history: ${s.commits} commits, ${s.blobsScanned} unique blobs scanned in ${(s.durationMs / 1000).toFixed(1)} s\n`);
  return exitCodeOf(result);
}
