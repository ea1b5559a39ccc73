import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import type { VouchConfig } from '../config/schema.js';
import type { Finding, ScanNotice } from '../findings/finding.js';
import type { FailOn } from '../findings/severity.js';
import { readBaseline } from '../findings/baseline.js';
import { compareFindings } from '../findings/order.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { evaluateGate } from '../policy/gate.js';
import { runProvenanceStage } from '../provenance/stage.js';
import { prefetchRepoTopLevel } from '../provenance/git.js';
import type { ChangedLines } from '../provenance/diff.js';
import { allRules } from '../analyzers/registry.js';
import type { FileAnalyzer, FileKind, FileResult } from '../analyzers/analyzer.js';
import { redactSnippet } from '../findings/redact.js';
import { selectAnalyzers, selectProjectAnalyzers, ruleIndex } from './analyzer-selection.js';
import { discoverFiles, type DiscoveredFile } from './discover.js';
import { fileKindOf, fileKindOfText } from './file-kinds.js';
import { changedPathsSince, readStagedBlobs, stagedPaths } from './git.js';
import { discardEarlyWorkers, mainThreadHelps } from './early-workers.js';
import { type PoolOptions, type PoolTask, WorkerSession, cacheable, runPool } from './pool.js';
import { ScanCache } from './cache.js';
import { planFirstPass, runFirstPass } from './first-pass.js';
import type { FileOutcome } from './process-file.js';
import { ruleSetting } from './rule-settings.js';
import { applyRuleSettings, dedupeAcrossFiles, numberTwins, oneFindingPerSecret } from './finding-set.js';
import type { ScanResult } from './scan-result.js';
import { VERSION } from '../version.js';

export interface ScanOptions {
  /** The scan root: paths in reports are relative to it. */
  root: string;
  /** Files or directories to scan (absolute or relative to cwd); default: the root. */
  paths?: string[];
  config: VouchConfig;
  /** Analyzer groups to run (`code`, `secrets`, `deps`, `iac`). */
  groups: string[];
  jobs?: number;
  failOn?: FailOn;
  baselineFile?: string;
  /** Scan the staged content of staged files only (pre-commit). */
  staged?: boolean;
  /** Scan only files changed since this git revision. */
  changedSince?: string;
  /** Keep only findings on lines changed vs `changedSince` (else the index). */
  newOnly?: boolean;
  offline?: boolean;
  fileTimeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
  /**
   * Pass 1 in import order with link input (default); false: in discovery order, every cross-file
   * flow left to the link rounds (the two must find the same).
   */
  importOrder?: boolean;
  /** Scan cache directory (pipeline/cache.ts); none when undefined. */
  cacheDir?: string;
  /** Scan this text as the file at `path` (absolute or relative to the root) instead of discovering files (`--stdin`). */
  text?: { path: string; content: string };
}

/** Below this many files pass 1 is not ordered by imports (a hook's few files run on the main thread). */
const IN_ORDER_MIN_FILES = 8;
/** Cross-file rounds: enough for handler → controller → service → repository chains. */
const MAX_LINK_ROUNDS = 4;
/**
 * Source characters of parsed files the workers keep for link rounds (all workers together). A
 * parsed tree with its walk record costs about 15× its source in memory. On the 1.35 M-line tree
 * (full scan) 12 M characters peaked at 974 MB on Node 20 and 1.06–1.16 GB on Node 24, 4 M at
 * 743 MB and 910 MB; the files then parsed again cost 0.4 s of link rounds there and nothing
 * measurable on the npm tree (bench/RESULTS.md, "Kept trees", "Node 22 and 24").
 */
const KEEP_SOURCE_CHARS = 4 * 1024 * 1024;

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Discover → analyse (two passes when an analyzer links across files) → findings → gate. */
export async function runScan(opts: ScanOptions): Promise<ScanResult> {
  const started = Date.now();
  const startedAt = performance.now();
  const root = resolve(opts.root);
  const config = opts.config;
  const failOn = opts.failOn ?? config.failOn;
  const groups = opts.groups;

  const fileAnalyzers = selectAnalyzers(groups);
  const jobs = opts.jobs ?? defaultJobs();
  // (A secrets-only scan's main thread analyses files too: one of its jobs, early-workers.ts.)
  const helps = mainThreadHelps(groups, jobs);
  const workers = helps ? jobs - 1 : jobs;
  // Workers live for the whole scan: a link round goes back to the worker that parsed the file in
  // pass 1, which kept the tree (issue 14, parse once).
  const linked = fileAnalyzers.some((a) => a.link);
  const session = new WorkerSession(workers, config, groups, opts.fileTimeoutMs ?? 30_000, linked ? KEEP_SOURCE_CHARS : 0);
  // A cold scan of a tree will need its workers: they load their analyzers while the main thread
  // discovers the files. (Named files run in process, where booting workers beside them only
  // slows them down; a cached scan may need none.)
  if (fileAnalyzers.length > 0 && !opts.cacheDir && !opts.staged && !opts.text && !opts.changedSince && namesDirectory(opts.paths?.length ? opts.paths : [root])) session.prestart(workers);
  try {
    const { files: allFiles, notices: discoveryNotices, stagedLines } = selectFiles(root, opts);
    const analyzable = allFiles.filter((f) => fileAnalyzers.some((a) => a.appliesTo(f)));
    const cache = opts.cacheDir ? new ScanCache(opts.cacheDir, config, groups) : undefined;
    const pool = { jobs: workers, mainThreadHelps: helps, config, groups, fileTimeoutMs: opts.fileTimeoutMs ?? 30_000, cache, session };
    return await scanWith(opts, { started, startedAt, root, config, failOn, groups, allFiles, discoveryNotices, stagedLines, fileAnalyzers, analyzable, cache, pool });
  } finally {
    session.close();
    discardEarlyWorkers();
  }
}

interface ScanSetup {
  started: number;
  /** performance.now() when runScan began (process start-up and config loading come before). */
  startedAt: number;
  root: string;
  config: VouchConfig;
  failOn: FailOn;
  groups: string[];
  allFiles: DiscoveredFile[];
  discoveryNotices: ScanNotice[];
  stagedLines: ChangedLines | undefined;
  fileAnalyzers: FileAnalyzer[];
  analyzable: DiscoveredFile[];
  cache: ScanCache | undefined;
  pool: PoolOptions;
}

async function scanWith(opts: ScanOptions, setup: ScanSetup): Promise<ScanResult> {
  const { started, startedAt, root, config, failOn, groups, allFiles, discoveryNotices, stagedLines, fileAnalyzers, analyzable, cache, pool } = setup;
  const timing = phaseTimer(startedAt);
  timing('discover');
  // Whole-tree memo: an unchanged tree (same files, bytes, tool and config) gets the last scan's
  // outcomes, link rounds done, in one read (cache.ts treeKey). Staged, stdin and changed-file scans
  // read a part of the tree and use the per-file entries only.
  const treeKey = cache && !opts.staged && !opts.text && !opts.changedSince ? cache.treeKey(allFiles) : undefined;
  const remembered = treeKey ? cache!.getTree(treeKey) : undefined;
  const analysed = remembered ? undefined : analyseFiles(opts, setup, timing);
  // The provenance stage at the end needs the repository's top level: git answers while the workers
  // analyse the files (started once they have their first files: starting a process takes the main
  // thread ~15 ms). Staged and changed-file scans asked git for their files already.
  if (!opts.staged && !opts.changedSince) prefetchRepoTopLevel(root);
  const { outcomes, facts, reanalysed } = remembered
    ? { outcomes: new Map(remembered.outcomes.map((o): [string, FileOutcome] => [o.path, o])), facts: collectFacts(remembered.outcomes), reanalysed: 0 }
    : await analysed!;
  // The workers are done: they wind down (their heaps freed, ~0.1 s on a large scan) while the main
  // thread finishes the report; the process would otherwise wait for that at exit.
  pool.session?.close();
  if (remembered) timing('whole tree from the cache');
  // (Not when a file timed out or crashed a worker: that may not happen again. Written once the
  // tree-only project analyzers below have their results too.)
  const treeOutcomes = !remembered && treeKey && [...outcomes.values()].every(cacheable) ? withFacts([...outcomes.values()], facts, fileAnalyzers) : undefined;

  // Files over maxFileSize: analyzers that can stream them (secrets in big logs) still get them.
  const largeOutcomes = await analyzeLargeFiles(root, discoveryNotices, fileAnalyzers, config);
  for (const o of largeOutcomes) outcomes.set(o.path, o);

  if (cache) timing(`cache (${cache.hits} reused, ${cache.misses} analysed)`);
  const notices: ScanNotice[] = [...discoveryNotices, ...(cache?.notices() ?? [])];
  let findings: Finding[] = [];
  let lines = 0;
  let bytes = 0;
  let scanned = 0;
  for (const o of outcomes.values()) {
    findings.push(...o.findings);
    notices.push(...o.notices);
    lines += o.lines;
    bytes += o.bytes;
    if (o.scanned) scanned++;
  }

  // Project-wide analyzers (dependencies, …) on the main thread.
  const projectCtx = {
    root,
    config,
    // Staged (or in-memory) text travels with the file, so manifests are judged as they will be committed.
    files: allFiles.map((f) => ({ path: f.path, absPath: f.absPath, kind: f.kind, ...(f.content !== undefined ? { content: f.content } : {}) })),
    facts,
    offline: opts.offline ?? false,
  };
  const rules = ruleIndex();
  const projectExtras: Record<string, unknown> = {};
  const treeProject: Record<string, FileResult> = {};
  for (const analyzer of selectProjectAnalyzers(groups)) {
    try {
      // An unchanged tree's tree-only analyzers (no network, no database): their last result.
      const res = (analyzer.treeOnly ? remembered?.project[analyzer.id] : undefined) ?? (await analyzer.analyzeProject(projectCtx));
      if (analyzer.treeOnly) treeProject[analyzer.id] = res;
      notices.push(...res.notices);
      if (res.extras) Object.assign(projectExtras, res.extras);
      for (const f of res.findings) {
        const meta = rules.get(f.ruleId);
        // Project analyzers read suppression comments in the file they report on.
        const { externalSuppression: sup, ...raw } = f;
        findings.push({
          ...raw,
          ...(sup ? { suppression: sup } : {}),
          severity: f.severity ?? meta?.severity ?? 'medium',
          confidence: f.confidence ?? meta?.confidence ?? 'medium',
          snippet: f.snippet ?? '',
          fingerprint: fingerprintOf(f.ruleId, f.location.path, f.snippet ?? '', f.fingerprintHint ?? f.message),
          status: sup ? 'suppressed' : 'new',
        });
      }
    } catch (err) {
      notices.push({ path: '.', level: 'error', analyzer: analyzer.id, reason: `${analyzer.id} analyzer failed: ${(err as Error).message.split('\n')[0]}` });
    }
  }

  if (treeOutcomes) cache!.setTree(treeKey!, treeOutcomes, treeProject);

  findings = oneFindingPerSecret(dedupeAcrossFiles(applyRuleSettings(findings, config)), (id) => rules.get(id)?.cwe);
  numberTwins(findings);
  if (opts.baselineFile) {
    const baseline = readBaseline(opts.baselineFile);
    for (const f of findings) if (f.status === 'new' && baseline.has(f.fingerprint)) f.status = 'baseline';
  }
  findings.sort(compareFindings);

  // Provenance stage: origin of every finding, the change's lines, --new-only (provenance/stage.ts).
  timing('project analyzers');
  const provenance = await runProvenanceStage({ root, config, findings, files: allFiles, staged: opts.staged, stagedLines, changedSince: opts.changedSince, newOnly: opts.newOnly });
  findings = provenance.findings;
  notices.push(...provenance.notices);
  const gate = evaluateGate({ findings, notices, config, failOn, provenance: provenance.report, changed: provenance.changed, rules: allRules() });
  const errors = notices.filter((n) => n.level === 'error');
  const filesWithErrors = new Set(errors.map((n) => n.path)).size;
  if (errors.length > 0) {
    const nothingScanned = scanned === 0;
    if (config.scanErrors === 'fail' || nothingScanned) {
      gate.passed = false;
      gate.reasons.push({
        policy: 'scan-errors',
        message: nothingScanned
          ? `nothing could be scanned (${errors.length} error${errors.length === 1 ? '' : 's'})`
          : `${filesWithErrors} file${filesWithErrors === 1 ? '' : 's'} could not be scanned completely (scanErrors: fail)`,
      });
    } else {
      gate.notes.push(`${filesWithErrors} file${filesWithErrors === 1 ? '' : 's'} could not be scanned completely (scanErrors: warn)`);
    }
  }

  const enabledRules = allRules()
    .filter((r) => ruleSetting(config, r.id).enabled)
    .map((r) => {
      const s = ruleSetting(config, r.id).severity;
      return s ? { ...r, severity: s } : r;
    });

  return {
    tool: { name: 'vouch', version: VERSION },
    root,
    startedAt: new Date(started).toISOString(),
    analyzers: groups,
    findings,
    notices: notices.sort((a, b) => a.path.localeCompare(b.path)),
    rules: enabledRules,
    stats: {
      filesDiscovered: allFiles.length,
      filesScanned: scanned,
      // Distinct files skipped as a whole (not analyzer-specific notes, not whole-scan notes on '.').
      filesSkipped: new Set(notices.filter((n) => n.level === 'skipped' && !n.analyzer && n.path !== '.' && !outcomes.get(n.path)?.scanned).map((n) => n.path)).size,
      filesWithErrors,
      linesScanned: lines,
      bytesScanned: bytes,
      durationMs: Date.now() - started,
      ...(reanalysed ? { filesReanalysed: reanalysed } : {}),
    },
    gate,
    extras: { ...projectExtras, ...provenance.extras, scope: scanScope(opts) },
  };
}

/**
 * What the scan covered. Only a complete scan (the whole tree, every finding kept) lets the
 * store conclude that a finding missing from it was fixed.
 */
function scanScope(opts: ScanOptions): { mode: 'full' | 'paths' | 'stdin' | 'staged' | 'changed-since'; complete: boolean } {
  const mode = opts.text ? 'stdin' : opts.staged ? 'staged' : opts.changedSince ? 'changed-since' : opts.paths?.some((p) => resolve(p) !== resolve(opts.root)) ? 'paths' : 'full';
  return { mode, complete: mode === 'full' && !opts.newOnly };
}

async function analyzeLargeFiles(root: string, notices: ScanNotice[], analyzers: FileAnalyzer[], config: VouchConfig): Promise<FileOutcome[]> {
  const streamers = analyzers.filter((a) => a.analyzeLargeFile);
  if (streamers.length === 0) return [];
  let rules: ReturnType<typeof ruleIndex> | undefined; // (built at the first finding: most scans have no large file)
  const out: FileOutcome[] = [];
  for (const n of notices) {
    if (n.level !== 'skipped' || !n.reason.endsWith('(maxFileSize)')) continue;
    const outcome: FileOutcome = { path: n.path, findings: [], notices: [], facts: {}, scanned: false, lines: 0, bytes: 0 };
    for (const a of streamers) {
      if (!a.appliesTo({ path: n.path, kind: fileKindOf(n.path) })) continue;
      try {
        const res = await a.analyzeLargeFile!(resolve(root, n.path), n.path, config);
        outcome.notices.push(...res.notices);
        outcome.scanned = true;
        for (const f of res.findings) {
          const meta = (rules ??= ruleIndex()).get(f.ruleId);
          const { externalSuppression: _e, ...raw } = f;
          outcome.findings.push({
            ...raw,
            severity: f.severity ?? meta?.severity ?? 'medium',
            confidence: f.confidence ?? meta?.confidence ?? 'medium',
            snippet: redactSnippet(f.snippet ?? ''),
            fingerprint: fingerprintOf(f.ruleId, n.path, f.snippet ?? '', f.fingerprintHint),
            status: 'new',
          });
        }
      } catch (err) {
        outcome.notices.push({ path: n.path, level: 'error', analyzer: a.id, reason: `${a.id} analyzer failed on a large file: ${(err as Error).message.split('\n')[0]}` });
      }
    }
    if (outcome.scanned) n.reason += `; streamed by ${streamers.map((a) => a.id).join(', ')} only`;
    out.push(outcome);
  }
  return out;
}

/** `VOUCH_TIMINGS=1`: where a scan spends its time, on stderr (for benchmarks and bug reports). */
function phaseTimer(startedAt: number): (label: string) => void {
  if (!process.env.VOUCH_TIMINGS) return () => {};
  // What came before the scan: Node's start-up, loading the CLI, the configuration.
  process.stderr.write(`vouch timing: start-up: ${Math.round(startedAt)} ms\n`);
  let last = startedAt;
  return (label) => {
    const now = performance.now();
    process.stderr.write(`vouch timing: ${label}: ${Math.round(now - last)} ms\n`);
    last = now;
  };
}

function namesDirectory(paths: string[]): boolean {
  return paths.some((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory() === true);
}

function groupOf(analyzerId: string, groups: string[]): string[] {
  // The second pass runs only the analyzer that linked; its group is the one holding that id.
  return groups.filter((g) => selectAnalyzers([g]).some((a) => a.id === analyzerId));
}

function selectFiles(root: string, opts: ScanOptions): { files: DiscoveredFile[]; notices: ScanNotice[]; stagedLines?: ChangedLines } {
  if (opts.text) {
    // Piped text is scanned because it was named, whatever include/exclude say.
    const abs = resolve(root, opts.text.path);
    const path = toRel(root, abs);
    return { files: [{ path, absPath: abs, kind: fileKindOf(path), size: Buffer.byteLength(opts.text.content), content: opts.text.content }], notices: [] };
  }
  if (opts.staged) {
    const { top, paths, lines: stagedLines, blobIds } = stagedPaths(root);
    const inRoot = paths.map((p) => ({ p, abs: resolve(top, p) })).filter(({ abs }) => isInside(root, abs));
    const blobs = readStagedBlobs(top, inRoot.map((x) => x.p), blobIds);
    const files: DiscoveredFile[] = [];
    const notices: ScanNotice[] = [];
    for (const { p, abs } of inRoot) {
      const blob = blobs.get(p);
      const path = toRel(root, abs);
      if (!blob) continue;
      if (blob.length > opts.config.maxFileSize) {
        notices.push({ path, level: 'skipped', reason: `staged file is over the ${opts.config.maxFileSize}-byte limit (maxFileSize)` });
        continue;
      }
      if (blob.subarray(0, 8000).includes(0)) {
        notices.push({ path, level: 'skipped', reason: 'binary file (contains NUL bytes)' });
        continue;
      }
      const content = blob.toString('utf8');
      files.push({ path, absPath: abs, kind: fileKindOfText(path, content), size: blob.length, content });
    }
    return { files: applyConfigFilters(files, opts.config), notices, stagedLines };
  }
  const found = discoverFiles({ root, paths: opts.paths, config: opts.config });
  if (opts.changedSince) {
    const { top, paths } = changedPathsSince(root, opts.changedSince);
    const changed = new Set(paths.map((p) => toRel(root, resolve(top, p))));
    return { files: found.files.filter((f) => changed.has(f.path)), notices: found.notices.filter((n) => changed.has(n.path)) };
  }
  return found;
}

function applyConfigFilters(files: DiscoveredFile[], config: VouchConfig): DiscoveredFile[] {
  // Staged files skip the directory walk, so the same include/exclude and built-in skips apply here.
  const probe = (f: DiscoveredFile) => {
    const parts = f.path.split('/');
    if (config.skip.nodeModules && parts.includes('node_modules')) return false;
    return true;
  };
  return files.filter(probe);
}

function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

function isInside(root: string, p: string): boolean {
  return p === root || p.startsWith(root + sep);
}

/** Pass 1 and the link rounds: every analysable file's outcome, with the facts the link step ended with. */
async function analyseFiles(opts: ScanOptions, setup: ScanSetup, timing: (label: string) => void): Promise<{ outcomes: Map<string, FileOutcome>; facts: Map<string, Map<string, Record<string, unknown>>>; reanalysed: number }> {
  const { root, groups, allFiles, fileAnalyzers, analyzable, cache, pool } = setup;
  // One context for the first pass and every link round: an analyzer may keep what does not change.
  const linkCtx = { root, files: allFiles.map((f) => f.path) };
  const linking = fileAnalyzers.filter((a) => a.link);
  // Pass 1 in import order when files go to workers: most files then get their link input at once.
  // The order is the one analyzer's that plans a first pass (code); other linking analyzers (IaC
  // modules) get their input in the link rounds, as without an order.
  const planners = linking.filter((a) => a.firstPass);
  const ordering = planners.length === 1 ? planners[0] : undefined;
  const ordered = opts.importOrder !== false && ordering && pool.session && analyzable.length > IN_ORDER_MIN_FILES;
  // (Workers load their analyzers while the main thread reads the imports. With a cache, the tree
  // has changed since the last scan, or there was none: the workers will most likely be needed.)
  if (ordered) pool.session!.prestart(analyzable.length);
  const plan = ordered ? planFirstPass(ordering, linkCtx, analyzable) : undefined;
  let pass1: FileOutcome[];
  let firstInputs: Map<string, unknown> | undefined;
  let kept: Set<string> | undefined;
  if (plan) {
    timing('import order');
    ({ outcomes: pass1, inputs: firstInputs, kept } = await runFirstPass(analyzable, ordering!, plan, { ...pool, session: pool.session!, onProgress: opts.onProgress }));
  } else pass1 = await runPool(analyzable.map((file) => ({ file })), { ...pool, onProgress: opts.onProgress });
  timing(`pass 1 (${analyzable.length} files)`);
  const outcomes = new Map<string, FileOutcome>(pass1.map((o) => [o.path, o]));

  // Link step: analyzers that reason across files get every file's facts, then re-analyse the files
  // whose result depends on other files. A re-analysis replaces that analyzer's findings and facts
  // for the file; rounds repeat (bounded) while what a file imports keeps changing, so chains of
  // calls across several files resolve.
  const facts = collectFacts(pass1);
  let reanalysed = 0;
  for (const analyzer of linking) {
    const ruleIds = new Set(analyzer.rules.map((r) => r.id));
    // The input each file was last analysed with; a file is analysed again only for input it lacked.
    const planned = plan && analyzer === ordering;
    const lastInput = new Map<string, unknown>(planned ? firstInputs ?? [] : []);
    const linkFacts = facts.get(analyzer.id) ?? new Map<string, Record<string, unknown>>();
    const covers = (path: string, before: unknown, after: unknown) => (planned ? plan.covers(before, after, linkFacts.get(path)) : JSON.stringify(before) === JSON.stringify(after));
    for (let round = 0; round < MAX_LINK_ROUNDS; round++) {
      const linkInputs = analyzer.link!(linkFacts, linkCtx);
      const tasks: PoolTask[] = [];
      const unlinked: string[] = [];
      for (const file of analyzable) {
        const input = linkInputs.get(file.path);
        // (A file pass 1 gave input it should not have had runs again without it.)
        if (input === undefined && (!lastInput.has(file.path) || covers(file.path, lastInput.get(file.path), undefined))) {
          unlinked.push(file.path);
          continue;
        }
        if (lastInput.has(file.path) && covers(file.path, lastInput.get(file.path), input)) continue;
        lastInput.set(file.path, input);
        tasks.push({ file, linkInput: { [analyzer.id]: input }, ...(kept?.has(file.path) ? { keep: true } : {}) });
      }
      // Files without link input give their kept trees back (one that gets input later is parsed again).
      pool.session?.drop(unlinked);
      if (tasks.length === 0) break;
      timing(`link round ${round + 1}`);
      reanalysed += tasks.length;
      const passN = await runPool(tasks, { ...pool, groups: groupOf(analyzer.id, groups) });
      timing(`pass ${round + 2} (${tasks.length} files)`);
      for (const o of passN) {
        const prev = outcomes.get(o.path);
        if (!prev || !o.scanned) continue;
        prev.findings = [...prev.findings.filter((f) => !ruleIds.has(f.ruleId)), ...o.findings.filter((f) => ruleIds.has(f.ruleId))];
        const newFacts = o.facts[analyzer.id];
        if (newFacts) facts.get(analyzer.id)?.set(o.path, newFacts);
      }
    }
  }

  return { outcomes, facts, reanalysed };
}

/**
 * Outcomes carrying the facts the link rounds ended with: what a later scan's project analyzers
 * read, without what only the link step reads (it does not run on a whole-tree hit).
 */
function withFacts(outcomes: FileOutcome[], facts: Map<string, Map<string, Record<string, unknown>>>, analyzers: FileAnalyzer[]): FileOutcome[] {
  const linkOnly = new Map(analyzers.map((a) => [a.id, new Set(a.linkOnlyFacts ?? [])]));
  return outcomes.map((o) => {
    const own: Record<string, Record<string, unknown>> = {};
    for (const analyzerId of new Set([...Object.keys(o.facts), ...facts.keys()])) {
      const f = facts.get(analyzerId)?.get(o.path) ?? o.facts[analyzerId];
      if (!f) continue;
      const drop = linkOnly.get(analyzerId);
      own[analyzerId] = drop?.size ? Object.fromEntries(Object.entries(f).filter(([k]) => !drop.has(k))) : f;
    }
    return { ...o, facts: own };
  });
}

function collectFacts(outcomes: FileOutcome[]): Map<string, Map<string, Record<string, unknown>>> {
  const out = new Map<string, Map<string, Record<string, unknown>>>();
  for (const o of outcomes) {
    for (const [analyzerId, f] of Object.entries(o.facts)) {
      if (!out.has(analyzerId)) out.set(analyzerId, new Map());
      out.get(analyzerId)!.set(o.path, f);
    }
  }
  return out;
}


export type { FileKind };
