/**
 * Analysis workers started by the CLI launcher (bin/vouch.js) before it loads the CLI: a worker
 * thread takes ~200 ms to boot Node and load its analyzers, about as long as loading the CLI, its
 * configuration and discovering a tree's files. Started first, the workers are ready when the
 * first files are; started by the pool, a cold scan of a tree waited for them (issue 14, secrets
 * scan).
 *
 * Only for a scan that will need workers: afresh (`--no-cache`: a cached scan may need none), not a
 * pre-commit, stdin or changed-files scan. (The launcher does not tell a folder from a file: a scan
 * of a few named files runs in process and leaves the workers to `discardEarlyWorkers`.) The workers
 * wait for their settings (worker.ts `early`); the pool adopts one only when it was started with the
 * entry and limits the pool would give it.
 *
 * Imports only Node built-ins and worker-limits.ts: the launcher loads this file before the CLI.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WORKER_HEAP_MB, WORKER_STACK_MB } from './worker-limits.js';

interface EarlyWorkers {
  workers: Worker[];
  heapMb: number;
  stackMb: number;
  url: string;
}

// The launcher and the bundled CLI each have a copy of this module: they meet through a global symbol.
const KEY = Symbol.for('vouch.earlyWorkers');
const slot = globalThis as Record<symbol, EarlyWorkers | undefined>;

/**
 * Analyzer groups whose work is small, bounded per byte and needs no deep stack (the secrets
 * detector): for a scan of only these, the main thread analyses files too once it has discovered
 * them (pool.ts), so the scan uses one worker fewer — a worker's start costs about as much CPU as
 * the whole secrets scan of a small tree. Read by the launcher too, which starts that many workers.
 */
export const MAIN_THREAD_GROUPS = new Set(['secrets']);

/** The main thread helps analyse a scan of these groups with this many jobs (it is then one of them). */
export function mainThreadHelps(groups: readonly string[], jobs: number): boolean {
  return jobs > 1 && groups.length > 0 && groups.every((g) => MAIN_THREAD_GROUPS.has(g));
}

/** Options after which a scan does not need workers started ahead (see the module comment). */
const NOT_AHEAD = new Set(['--staged', '--stdin', '--changed-since', '--cache-dir', '--help', '-h']);

/** How many workers a `vouch scan` command line will surely use, 0 when it may use none. */
export function earlyWorkerCount(argv: string[]): number {
  const args = argv.slice(2);
  if (args[0] !== 'scan' || !args.includes('--no-cache')) return 0;
  if (args.some((a) => NOT_AHEAD.has(a.split('=')[0]!))) return 0;
  const jobsAt = args.findIndex((a) => a === '--jobs' || a === '-j' || a.startsWith('--jobs='));
  const given = jobsAt < 0 ? undefined : Number(args[jobsAt]!.includes('=') ? args[jobsAt]!.split('=')[1] : args[jobsAt + 1]);
  const jobs = given === undefined ? Math.min(availableParallelism(), 8) : given;
  if (!Number.isInteger(jobs) || jobs < 1) return 0;
  const only = onlyGroups(args);
  // (The dependency analyzer reads manifests and lockfiles on the main thread: no workers.)
  if (only?.every((g) => g === 'deps')) return 0;
  return Math.min(jobs, 8) - (only && mainThreadHelps(only, jobs) ? 1 : 0);
}

/** The groups `--only a,b` names (undefined without it). */
function onlyGroups(args: string[]): string[] | undefined {
  const value = args.find((a, i) => args[i - 1] === '--only' || a.startsWith('--only='))?.replace(/^--only=/, '');
  return value?.split(',').map((g) => g.trim());
}

/** Starts the workers a scan command line will use (worker.js of the bundle or of dist/src). */
export function startEarlyWorkers(argv: string[], workerUrl: URL): void {
  const count = earlyWorkerCount(argv);
  if (count === 0 || process.env.VOUCH_EARLY_WORKERS === '0') return;
  const workers: Worker[] = [];
  // Its compiled code is kept per `--only` choice (the bundle's worker stub, scripts/bundle.mjs).
  const only = onlyGroups(argv.slice(2));
  const variant = `early-${(only?.join('-') ?? 'all').replace(/[^a-z-]/g, '').slice(0, 16)}`;
  for (let i = 0; i < count; i++) {
    const w = new Worker(workerUrl, { workerData: { early: true, variant }, resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // Until the pool adopts it nobody listens: a worker that fails to boot is simply not adopted, and
    // one never adopted (a command line that fails before scanning) does not keep the process alive.
    w.on('error', () => {});
    w.unref();
    w.once('exit', () => {
      const at = workers.indexOf(w);
      if (at >= 0) workers.splice(at, 1);
    });
    workers.push(w);
  }
  slot[KEY] = { workers, heapMb: WORKER_HEAP_MB, stackMb: WORKER_STACK_MB, url: workerUrl.href };
}

/** A worker started ahead with these limits and entry, if one is left (the caller sends it `{ init }`). */
export function takeEarlyWorker(url: URL, heapMb: number, stackMb: number): Worker | undefined {
  const early = slot[KEY];
  if (!early || early.url !== url.href || early.heapMb !== heapMb || early.stackMb !== stackMb) return undefined;
  const w = early.workers.shift();
  w?.removeAllListeners();
  w?.ref();
  return w;
}

/** Ends the workers started ahead that nobody adopted (a scan that ran in process, or needed fewer). */
export function discardEarlyWorkers(): void {
  const early = slot[KEY];
  if (!early) return;
  slot[KEY] = undefined;
  for (const w of early.workers) void w.terminate();
}
