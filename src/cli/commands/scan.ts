import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import { loadConfig } from '../../config/load.js';
import { ALL_ANALYZERS } from '../../config/schema.js';
import { SEVERITIES, type FailOn } from '../../findings/severity.js';
import { defaultJobs, runScan, type ScanOptions } from '../../pipeline/scan.js';
import { gitTopLevel } from '../../pipeline/git.js';
import { defaultScanCacheDir } from '../../pipeline/cache.js';
import type { ScanResult } from '../../pipeline/scan-result.js';
import { FORMATS, renderReport } from '../../reports/index.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { buildJsonReport } from '../../reports/json.js';
import type { ReportJson } from '../../store/report.js';
import { addDbOption } from './store-options.js';
import { addPublishOptions, recordLocally, scanContext, uploadToServer, type PublishOptions } from './publish.js';
import { createProgress } from '../progress.js';

/** Options shared by `scan` and the subset commands (`secrets`, `deps`, `iac`). */
export interface ScanCliOptions {
  format?: string;
  output?: string[];
  failOn?: string;
  config?: string;
  baseline?: string;
  jobs?: string;
  only?: string;
  quiet?: boolean;
  staged?: boolean;
  changedSince?: string;
  newOnly?: boolean;
  offline?: boolean;
  root?: string;
  color?: boolean;
  fileTimeout?: string;
  cache?: boolean;
  cacheDir?: string;
  stdin?: boolean;
  stdinFilename?: string;
}

/** Adds the common scan flags to a command (used by `scan` and the subset commands). */
export function addScanOptions(cmd: Command, { only = true } = {}): Command {
  cmd
    .addOption(new Option('-f, --format <format>', 'format written to stdout').choices([...FORMATS]).default('text'))
    .option('-o, --output <spec>', 'also write a report to a file: FORMAT=FILE or FILE (format from the extension); repeatable', collect, [])
    .addOption(new Option('--fail-on <severity>', 'fail the gate on new findings at or above this severity').choices([...SEVERITIES, 'none']))
    .option('-c, --config <file>', 'configuration file (default: .vouch.yml in the scan root)')
    .option('--baseline <file>', 'findings whose fingerprints are in this baseline file do not fail the gate')
    .option('-j, --jobs <n>', `threads that analyse files (default: ${defaultJobs()}; a secrets-only scan's main thread is one of them)`)
    .option('--staged', 'scan the staged content of staged files (for pre-commit hooks)')
    .option('--changed-since <ref>', 'scan only files changed since this git revision')
    .option('--new-only', 'report only findings on changed lines (vs --changed-since REF, else the staged change)')
    .option('--root <dir>', 'the project root paths are reported relative to (default: the git top level, else the current directory)')
    .option('--offline', 'never contact a package registry')
    .option('-q, --quiet', 'print only new findings, the summary and the gate result')
    .option('--no-color', 'no ANSI colours in text output')
    .option('--file-timeout <seconds>', 'give up on a single file after this many seconds', '30')
    .option('--cache-dir <dir>', 'reuse results for unchanged files from this directory (default: $XDG_CACHE_HOME/vouch/scan or ~/.cache/vouch/scan)')
    .option('--no-cache', 'analyse every file afresh; neither read nor write the scan cache');
  if (only) cmd.option('--only <analyzers>', `run only these analyzers (comma-separated: ${ALL_ANALYZERS.join(', ')})`);
  return cmd;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function register(program: Command): void {
  const cmd = program
    .command('scan')
    .description('scan files for security flaws (code, secrets, dependencies, infrastructure)')
    .argument('[paths...]', 'files or directories to scan (default: the current repository)');
  addScanOptions(cmd)
    .option('--stdin', 'scan the text on standard input instead of files (for editors and tools that pipe text); needs --stdin-filename')
    .option('--stdin-filename <path>', 'the path the piped text is scanned as: picks the language and rules, and names it in reports')
    .option('--record', 'record the scan in the scan history (--db; default: a SQLite file in the user data directory)')
    .option('--upload', 'upload the scan to a Vouch server (--server, --token; or $VOUCH_SERVER, $VOUCH_TOKEN)');
  addDbOption(cmd);
  addPublishOptions(cmd).action(async (paths: string[], opts: ScanCliOptions & PublishOptions & { record?: boolean; upload?: boolean; db?: string }) => {
    const publish = opts.record || opts.upload ? (result: ScanResult, shownRoot: string) => publishScan(result, shownRoot, opts) : undefined;
    process.exitCode = await runScanCommand(paths, opts, undefined, publish);
    // bin/vouch.js found no scan daemon for this `--staged` run: leave one behind for the next commit.
    const socket = (globalThis as { __vouchScanHandoff?: { socket?: string } }).__vouchScanHandoff?.socket;
    if (socket && process.argv[1]) {
      const { spawnDaemon } = await import('../../assist/hooks/daemon.js');
      spawnDaemon(process.argv[1], socket);
    }
  });
}

/** `--record` / `--upload`: the JSON report plus where it came from; progress on stderr (stdout is the report). */
async function publishScan(result: ScanResult, shownRoot: string, opts: PublishOptions & { record?: boolean; upload?: boolean; db?: string; staged?: boolean }): Promise<number | undefined> {
  const report = buildJsonReport(result, { root: shownRoot }) as unknown as ReportJson;
  const ctx = scanContext(result.root, opts, opts.staged ? 'pre-commit' : undefined);
  let failed: number | undefined;
  for (const [wanted, step] of [[opts.record, () => recordLocally(report, ctx, opts.db)], [opts.upload, () => uploadToServer(report, ctx, opts)]] as const) {
    if (!wanted) continue;
    try {
      process.stderr.write(`vouch: ${await step()}\n`);
    } catch (err) {
      if (!(err instanceof Error) || (err.name !== 'StoreUnavailableError' && err.name !== 'UploadError')) throw err;
      process.stderr.write(`vouch: ${err.message}\n`);
      failed = (err as { exitCode?: number }).exitCode ?? EXIT.incomplete;
    }
  }
  return failed;
}

/** Parse flags, run the scan, write every requested report, and return the exit code. */
export async function runScanCommand(
  paths: string[], opts: ScanCliOptions, forcedGroups?: string[],
  publish?: (result: ScanResult, shownRoot: string) => Promise<number | undefined>,
): Promise<number> {
  const cwd = process.cwd();
  const text = readPipedText(paths, opts);
  const root = chooseRoot(cwd, text ? [text.path] : paths, opts.root);
  const { config } = await loadConfig(root, opts.config);
  const groups = forcedGroups ?? parseOnly(opts.only) ?? config.analyzers;
  const jobs = opts.jobs === undefined ? undefined : parsePositiveInt(opts.jobs, '--jobs');
  const fileTimeoutMs = parsePositiveInt(opts.fileTimeout ?? '30', '--file-timeout') * 1000;
  const outputs = (opts.output ?? []).map(parseOutputSpec);
  const progress = createProgress(!opts.quiet);
  const scanOpts: ScanOptions = {
    root,
    paths: paths.length ? paths.map((p) => resolve(cwd, p)) : undefined,
    config,
    groups,
    jobs,
    failOn: opts.failOn as FailOn | undefined,
    baselineFile: opts.baseline ? resolve(cwd, opts.baseline) : undefined,
    staged: opts.staged,
    changedSince: opts.changedSince,
    newOnly: opts.newOnly,
    offline: opts.offline,
    fileTimeoutMs,
    onProgress: progress.update,
    cacheDir: opts.cache === false || text ? undefined : resolve(cwd, opts.cacheDir ?? defaultScanCacheDir()),
    text,
  };
  let result: ScanResult;
  try {
    result = await runScan(scanOpts);
  } finally {
    progress.stop();
  }
  const shownRoot = relative(cwd, root) || '.';
  const color = opts.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
  for (const out of outputs) {
    const file = resolve(cwd, out.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderReport(out.format, result, { color: false, root: shownRoot, quiet: opts.quiet }));
  }
  process.stdout.write(renderReport(opts.format ?? 'text', result, { color, root: shownRoot, quiet: opts.quiet }));
  const publishFailed = publish ? await publish(result, shownRoot) : undefined;
  return publishFailed ?? exitCodeOf(result);
}

/** `--stdin`: the piped text and the (absolute) path it is scanned as. */
function readPipedText(paths: string[], opts: ScanCliOptions): { path: string; content: string } | undefined {
  if (!opts.stdin) {
    if (opts.stdinFilename) throw new UsageError('--stdin-filename needs --stdin');
    return undefined;
  }
  if (!opts.stdinFilename) throw new UsageError('--stdin needs --stdin-filename PATH (the path the text is scanned as)');
  if (paths.length) throw new UsageError('--stdin scans the piped text; give no paths');
  if (opts.staged || opts.changedSince) throw new UsageError('--stdin cannot be combined with --staged or --changed-since');
  let content: string;
  try {
    content = readFileSync(0, 'utf8');
  } catch (err) {
    throw new UsageError(`--stdin: cannot read standard input (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { path: resolve(process.cwd(), opts.stdinFilename), content };
}

export function exitCodeOf(result: ScanResult): number {
  if (result.gate.passed) return EXIT.passed;
  return result.gate.reasons.some((r) => r.policy !== 'scan-errors') ? EXIT.gateFailed : EXIT.incomplete;
}

function parseOnly(only: string | undefined): string[] | undefined {
  if (only === undefined) return undefined;
  const groups = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = groups.filter((g) => !(ALL_ANALYZERS as readonly string[]).includes(g));
  if (unknown.length || groups.length === 0) {
    throw new UsageError(`--only: unknown analyzer '${unknown[0] ?? only}' (choose from ${ALL_ANALYZERS.join(', ')})`);
  }
  return groups;
}

function parsePositiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number, not '${v}'`);
  return n;
}

const FORMAT_BY_EXTENSION: Record<string, string> = { '.sarif': 'sarif', '.json': 'json', '.md': 'markdown', '.xml': 'junit', '.txt': 'text' };

function parseOutputSpec(spec: string): { format: string; file: string } {
  const eq = spec.indexOf('=');
  if (eq > 0 && (FORMATS as readonly string[]).includes(spec.slice(0, eq))) return { format: spec.slice(0, eq), file: spec.slice(eq + 1) };
  const format = FORMAT_BY_EXTENSION[extname(spec).toLowerCase()];
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--output ${spec}: name the format, e.g. --output sarif=${spec} (formats: ${FORMATS.join(', ')})`);
  }
  return { format, file: spec };
}

/**
 * Paths in reports are relative to the root: the git top level (what SARIF upload expects), or
 * the current directory; a single directory outside both becomes its own root.
 */
export function chooseRoot(cwd: string, paths: string[], explicit?: string): string {
  if (explicit) return resolve(cwd, explicit);
  const base = gitTopLevel(cwd) ?? cwd;
  const abs = paths.map((p) => resolve(cwd, p));
  if (abs.every((p) => isInside(base, p))) return base;
  // Paths elsewhere: their repository, or the deepest directory that holds them all (at worst `/`).
  const dirs = abs.map((p) => (isDir(p) ? p : dirname(p)));
  const top = gitTopLevel(dirs[0]!);
  if (top && abs.every((p) => isInside(top, p))) return top;
  let common = dirs[0]!;
  while (!dirs.every((d) => isInside(common, d)) && dirname(common) !== common) common = dirname(common);
  return common;
}

/** `p` is `dir` or below it (`/` holds everything: `'/' + sep` would be `//`). */
function isInside(dir: string, p: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}


