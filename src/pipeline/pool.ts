import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { maxBracketDepth } from '../analyzers/code/frontend/js/parse.js';
import type { VouchConfig } from '../config/schema.js';
import type { DiscoveredFile } from './discover.js';
import type { FileOutcome } from './process-file.js';
import type { ScanCache } from './cache.js';
import { type CacheStore, writeCacheEntry } from './cache-entry.js';
import type { InitData, ResultMessage, TaskMessage } from './worker.js';
import { LARGE_HEAP_MB, WORKER_HEAP_MB, WORKER_STACK_MB } from './worker-limits.js';
import { takeEarlyWorker } from './early-workers.js';

export interface PoolTask {
  file: DiscoveredFile;
  linkInput?: Record<string, unknown>;
  /** Store the outcome in the scan cache here (by the worker that analyses the file). */
  store?: CacheStore;
  /**
   * A link round will likely analyse this file again (it is in an import cycle, so pass 1 ran it
   * without its cycle-mates' facts): the worker keeps its parsed state for that round.
   */
  keep?: boolean;
}

export interface PoolOptions {
  jobs: number;
  config: VouchConfig;
  groups: string[];
  /** A file that takes longer than this is abandoned: its worker is replaced and the file reported. */
  fileTimeoutMs: number;
  onProgress?: (done: number, total: number) => void;
  /** Reuse outcomes of unchanged analyses and store new ones. */
  cache?: ScanCache;
  /** Workers kept for the whole scan (sticky file → worker assignment across link rounds). */
  session?: WorkerSession;
  /** The main thread analyses small files too, from the other end of the list (early-workers.ts mainThreadHelps). */
  mainThreadHelps?: boolean;
}

type DriveOptions = Pick<PoolOptions, 'groups' | 'onProgress' | 'cache' | 'config' | 'mainThreadHelps'>;

const WORKER_URL = new URL('./worker.js', import.meta.url);
/**
 * Files sent to a worker ahead of its results: the next file is already there when one finishes,
 * so a worker does not sit idle for the round trip through the main thread (~1 ms). Small quick
 * files (a secrets scan: ~0.1 ms each) go several at a time, as many as make about QUEUED_MS of
 * work at the worker's recent pace; slow ones (code) two at a time, so no worker is left holding a
 * long queue at the end of a run while the others are idle.
 */
const MIN_IN_FLIGHT = 2;
const MAX_IN_FLIGHT = 64;
const QUEUED_MS = 4;
/** …and when the main thread analyses files too, it answers only between its slices (MAIN_SLICE_MS). */
const QUEUED_MS_BESIDE_MAIN = 16;
/** How long a closed worker may take to write its code cache entry and end before it is terminated. */
const CLOSE_GRACE_MS = 1000;

/**
 * Spread files over worker threads, one file in flight per worker. A file that hangs or crashes
 * its worker becomes a scan error for that file; the scan goes on with a fresh worker.
 */
export async function runPool(tasks: PoolTask[], opts: PoolOptions): Promise<FileOutcome[]> {
  const cache = opts.cache;
  if (!cache) return runUncached(tasks, opts);
  const results: FileOutcome[] = new Array(tasks.length);
  const todo: PoolTask[] = [];
  const at: number[] = [];
  tasks.forEach((t, i) => {
    const key = cache.keyFor(t.file, t.linkInput);
    const hit = key === undefined ? undefined : cache.get(key);
    if (hit) results[i] = hit;
    else {
      // (Whoever analyses the file stores its outcome; a timeout or crash stores nothing.)
      todo.push(key === undefined ? t : { ...t, store: cache.storeFor(key) });
      at.push(i);
    }
  });
  const hits = tasks.length - todo.length;
  const fresh = await runUncached(todo, { ...opts, onProgress: opts.onProgress && ((done) => opts.onProgress!(hits + done, tasks.length)) });
  at.forEach((i, j) => (results[i] = fresh[j]!));
  return results;
}

/** A timeout or crash says nothing about the file's content: never cache it. */
export function cacheable(outcome: FileOutcome): boolean {
  return !outcome.notices.some((n) => n.level === 'error' && /^analysis (timed out|crashed)/.test(n.reason));
}

async function runUncached(tasks: PoolTask[], opts: PoolOptions): Promise<FileOutcome[]> {
  if (tasks.length === 0) return [];
  // (Also when workers were started ahead for a folder that turned out to hold a handful of files:
  // they are still booting, and the main thread is done before they could take a file.) A link
  // round's few files go to the workers of pass 1 instead: they are loaded, hold the files' parsed
  // trees and run side by side (on the main thread the npm tree's last 5 files took 0.4 s alone).
  if (!opts.session?.warm && smallEnoughForMainThread(tasks)) return runInProcess(tasks, opts);
  if (opts.session?.started) return opts.session.run(tasks, opts);
  if (opts.session) return opts.session.run(tasks, opts);
  const session = new WorkerSession(opts.jobs, opts.config, opts.groups, opts.fileTimeoutMs, 0);
  try {
    return await session.run(tasks, opts);
  } finally {
    session.close();
  }
}

interface Slot {
  worker: Worker | undefined;
  /** Shared with the worker: the id + 1 of the file it is analysing, 0 between files. */
  progress: Int32Array;
  /** Recent time per file on this slot (ms, moving average): how many files to keep queued. */
  paceMs: number;
  /** Tasks of the current run routed to this worker (it keeps their files' parsed state). */
  queue: number[];
  /** A file ran out of heap here: this slot's workers get the large limit from then on. */
  largeHeap?: boolean;
}

/**
 * Where a session run takes its files from. `next` gives the next task for a worker (by its index
 * among the run's `total` results), or undefined when none is ready now; `settle` records a result
 * the source found itself (a cache hit). `quiescent`: no worker has a file in flight, so a source
 * that holds files back must now give one. `completed` is told every outcome a worker returns.
 */
export interface TaskSource {
  readonly total: number;
  next(slot: number, quiescent: boolean, settle: (index: number, outcome: FileOutcome) => void): { index: number; task: PoolTask } | undefined;
  /** A task for the main thread (PoolOptions.mainThreadHelps) that `accept`s it, if one is ready and unowned. */
  takeForMain?(accept: (task: PoolTask) => boolean): { index: number; task: PoolTask } | undefined;
  completed?(index: number, outcome: FileOutcome): void;
}

/**
 * Worker threads that live for a whole scan, so link rounds reach the worker that analysed a file
 * in pass 1 and still holds its parsed tree (sticky assignment, issue 14 "parse once"). A file
 * whose worker was replaced (timeout, crash) or that moves to an idle worker is simply prepared
 * again there: kept state only saves time, it never changes a result.
 */
export class WorkerSession {
  private readonly slots: Slot[] = [];
  private readonly owner = new Map<string, number>();

  /** `keepChars`: source characters of parsed files all workers together may keep between rounds. */
  constructor(
    private readonly jobs: number,
    private readonly config: VouchConfig,
    private readonly groups: string[],
    private readonly fileTimeoutMs: number,
    private readonly keepChars: number,
  ) {}

  get started(): boolean {
    return this.slots.some((s) => s.worker !== undefined);
  }

  /** Workers that have been given files of this scan: loaded and compiled for the analysis. */
  get warm(): boolean {
    return this.given && this.started;
  }
  private given = false;

  private spawn(heapMb: number, progress: Int32Array): Worker {
    const init: InitData = { config: this.config, groups: this.groups, keepChars: Math.floor(this.keepChars / Math.max(1, this.jobs)), progress: progress.buffer as SharedArrayBuffer };
    // One the launcher started ahead (early-workers.ts) is booted already: it only needs its settings.
    const early = takeEarlyWorker(WORKER_URL, heapMb, WORKER_STACK_MB);
    if (early) {
      early.postMessage({ init });
      return early;
    }
    return new Worker(WORKER_URL, { workerData: init, resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: heapMb } });
  }

  /** Kept state of these files is no longer needed (no link input can reach them any more). */
  drop(paths: string[]): void {
    if (paths.length === 0) return;
    for (const p of paths) this.owner.delete(p);
    for (const s of this.slots) s.worker?.postMessage({ drop: paths });
  }

  /**
   * Asks each worker to end (it first keeps its compiled code when it has none cached, worker.ts);
   * one that has not ended within CLOSE_GRACE_MS (still analysing a file nobody waits for) is
   * terminated.
   */
  close(): void {
    for (const s of this.slots) {
      const w = s.worker;
      if (!w) continue;
      s.worker = undefined;
      w.removeAllListeners();
      w.on('error', () => {});
      const stop = setTimeout(() => void w.terminate(), CLOSE_GRACE_MS);
      w.once('exit', () => clearTimeout(stop));
      w.postMessage({ close: true });
    }
  }

  /** These tasks, each to the worker that holds its file's state where one does. */
  run(tasks: PoolTask[], opts: DriveOptions): Promise<FileOutcome[]> {
    this.ensureSlots(tasks.length);
    const shared: number[] = [];
    tasks.forEach((t, i) => {
      const o = this.owner.get(t.file.path);
      if (o !== undefined && this.slots[o]) this.slots[o]!.queue.push(i);
      else shared.push(i);
    });
    const take = (slotIndex: number): number | undefined => {
      const own = this.slots[slotIndex]!.queue;
      if (own.length) return own.shift();
      if (shared.length) return shared.shift();
      // Idle while another worker has a backlog: take its last file (prepared again here).
      let longest: Slot | undefined;
      for (const s of this.slots) if (s.queue.length >= 2 && (!longest || s.queue.length > longest.queue.length)) longest = s;
      return longest?.queue.pop();
    };
    return this.drive(
      {
        total: tasks.length,
        next: (slot) => {
          const index = take(slot);
          return index === undefined ? undefined : { index, task: tasks[index]! };
        },
        takeForMain: (accept) => {
          for (let k = shared.length - 1; k >= 0; k--) {
            if (!accept(tasks[shared[k]!]!)) continue;
            const index = shared.splice(k, 1)[0]!;
            return { index, task: tasks[index]! };
          }
          return undefined;
        },
      },
      opts,
    );
  }

  private ensureSlots(tasks: number): void {
    while (this.slots.length < Math.max(1, Math.min(this.jobs, tasks))) this.slots.push({ worker: undefined, progress: new Int32Array(0), paceMs: Infinity, queue: [] });
  }

  /** Start the workers for a run of this many files now, so their start-up overlaps the caller's work. */
  prestart(tasks: number): void {
    this.ensureSlots(tasks);
    for (const slot of this.slots) if (!slot.worker) this.startWorker(slot);
  }

  private startWorker(slot: Slot): void {
    slot.progress = new Int32Array(new SharedArrayBuffer(4));
    const w = this.spawn(slot.largeHeap ? LARGE_HEAP_MB : WORKER_HEAP_MB, slot.progress);
    slot.worker = w;
    // Between runs nobody listens: a worker that dies idle is replaced when next needed.
    w.on('error', () => {});
    w.on('exit', () => {
      if (slot.worker === w) slot.worker = undefined;
    });
  }

  /** Run everything a source gives; workers start when they first get a file. */
  runSource(source: TaskSource, opts: DriveOptions): Promise<FileOutcome[]> {
    this.ensureSlots(source.total);
    return this.drive(source, opts);
  }

  private drive(source: TaskSource, opts: DriveOptions): Promise<FileOutcome[]> {
    const results: FileOutcome[] = new Array(source.total);
    if (source.total === 0) return Promise.resolve(results);
    // Messages carry the groups to run: link rounds run only the linking analyzer.
    const groups = opts.groups;
    let done = 0;
    const failure = (task: PoolTask, reason: string): FileOutcome => ({
      path: task.file.path, findings: [], notices: [{ path: task.file.path, level: 'error', reason }], facts: {}, scanned: false, lines: 0, bytes: 0,
    });

    return new Promise<FileOutcome[]>((resolveAll) => {
      const taskOf = new Map<number, PoolTask>();
      /** Per slot: files sent to its worker, oldest first (the oldest is the one running). */
      const inflight: number[][] = this.slots.map(() => []);
      const feeders: ((quiescent: boolean) => void)[] = [];
      let finished = false;
      const settle = (index: number, outcome: FileOutcome) => {
        results[index] = outcome;
        done++;
        opts.onProgress?.(done, source.total);
        if (done === source.total && !finished) {
          finished = true;
          resolveAll(results);
        }
      };
      const finishOne = (index: number, outcome: FileOutcome) => {
        taskOf.delete(index);
        settle(index, outcome);
        source.completed?.(index, outcome);
      };
      // A result can make files ready for idle workers; when every worker is idle and files remain,
      // the source must give one (a source that waits on something that never comes would hang).
      let feeding = false;
      const feedIdle = () => {
        if (feeding || finished) return;
        feeding = true;
        try {
          for (let i = 0; i < feeders.length; i++) if (inflight[i]!.length < MIN_IN_FLIGHT) feeders[i]!(false);
          if (!finished && inflight.every((q) => q.length === 0)) feeders[0]!(true);
        } finally {
          feeding = false;
        }
      };

      const runWorker = (slotIndex: number) => {
        const slot = this.slots[slotIndex]!;
        const queue = inflight[slotIndex]!;
        let worker: Worker | undefined;
        let timer: NodeJS.Timeout | undefined;
        const detach = () => {
          if (timer) clearTimeout(timer);
          timer = undefined;
          if (!worker) return;
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          worker = undefined;
        };
        const attach = () => {
          if (!slot.worker) this.startWorker(slot);
          if (worker === slot.worker) return;
          const w = slot.worker!;
          worker = w;
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
        };
        const replace = () => {
          const dead = worker!;
          detach();
          void dead.terminate();
          if (slot.worker === dead) slot.worker = undefined;
          // Files queued behind the one that failed (or whose outcomes were not sent yet) go to a fresh worker.
          const waiting = queue.splice(0).filter((i) => results[i] === undefined);
          if (waiting.length) {
            attach();
            send(waiting);
          }
          feedIdle();
        };
        /** The file the worker is on when it hangs or dies: the one it says it started, else the oldest sent. */
        const failing = (): number | undefined => {
          const current = slot.progress.length ? Atomics.load(slot.progress, 0) - 1 : -1;
          const at = queue.indexOf(current);
          return at === -1 ? queue.shift() : queue.splice(at, 1)[0];
        };
        const armTimer = () => {
          if (timer) clearTimeout(timer);
          timer = undefined;
          if (queue.length === 0) return;
          timer = setTimeout(() => {
            const index = failing()!;
            finishOne(index, failure(taskOf.get(index)!, `analysis timed out after ${Math.round(this.fileTimeoutMs / 1000)} s`));
            replace();
          }, this.fileTimeoutMs);
        };
        const send = (indices: number[]) => {
          const wasIdle = queue.length === 0;
          queue.push(...indices);
          if (wasIdle) armTimer();
          const tasks = indices.map((id) => {
            const task = taskOf.get(id)!;
            return { id, file: task.file, linkInput: task.linkInput, store: task.store, keep: task.keep };
          });
          worker!.postMessage({ tasks, groups } satisfies TaskMessage);
        };
        const queuedMs = opts.mainThreadHelps ? QUEUED_MS_BESIDE_MAIN : QUEUED_MS;
        const depth = () => Math.max(MIN_IN_FLIGHT, Math.min(MAX_IN_FLIGHT, Math.floor(queuedMs / slot.paceMs)));
        const feed = (quiescent: boolean) => {
          const batch: number[] = [];
          const limit = depth();
          while (queue.length + batch.length < limit && !finished) {
            const next = source.next(slotIndex, quiescent && queue.length + batch.length === 0, settle);
            if (!next) break;
            const { index, task } = next;
            const prev = this.owner.get(task.file.path);
            if (prev !== undefined && prev !== slotIndex) this.slots[prev]?.worker?.postMessage({ drop: [task.file.path] });
            // (Only a kept file has a worker to go back to; any other goes to whichever is free.)
            if (task.keep) this.owner.set(task.file.path, slotIndex);
            else this.owner.delete(task.file.path);
            this.given = true;
            taskOf.set(index, task);
            batch.push(index);
          }
          if (batch.length) {
            attach();
            send(batch);
          }
          if (queue.length === 0) detach(); // stays alive for the next round
        };
        const onMessage = (msg: ResultMessage) => {
          let got = false;
          for (const { id, outcome, ms, storeError } of msg.results) {
            if (storeError) opts.cache?.storeFailed(storeError);
            const at = queue.indexOf(id);
            if (at === -1) continue; // (a file already given up on)
            queue.splice(at, 1);
            got = true;
            slot.paceMs = slot.paceMs === Infinity ? ms : slot.paceMs * 0.8 + ms * 0.2;
            finishOne(id, outcome);
          }
          if (!got) return;
          armTimer();
          feed(false);
          feedIdle();
        };
        const onCrash = (why: string) => {
          const index = failing();
          if (index !== undefined && results[index] === undefined) finishOne(index, failure(taskOf.get(index)!, `analysis crashed (${why})`));
          replace();
        };
        const onError = (err: Error & { code?: string }) => {
          // Out of heap under the normal limit: the same file again in a worker with the large one.
          if (err.code === 'ERR_WORKER_OUT_OF_MEMORY' && !slot.largeHeap && queue.length > 0) {
            slot.largeHeap = true;
            replace();
            return;
          }
          onCrash(err.message.split('\n')[0] ?? 'error');
        };
        const onExit = (code: number) => onCrash(`worker exited with code ${code}`);
        feeders.push(feed);
      };

      for (let i = 0; i < this.slots.length; i++) runWorker(i);
      feedIdle();
      if (opts.mainThreadHelps && source.takeForMain) void helpOnMainThread(source, opts, () => finished, finishOne, feedIdle, failure);
    });
  }
}

/**
 * Files the main thread takes while the workers run: small ones only (it has no time limit per
 * file and the default stack), in slices of MAIN_SLICE_MS so the workers' results are still
 * handled promptly.
 */
const MAIN_THREAD_MAX_BYTES = 64 * 1024;
const MAIN_SLICE_MS = 2;

async function helpOnMainThread(
  source: TaskSource,
  opts: DriveOptions,
  finished: () => boolean,
  finishOne: (index: number, outcome: FileOutcome) => void,
  feedIdle: () => void,
  failure: (task: PoolTask, reason: string) => FileOutcome,
): Promise<void> {
  let analyse: (task: PoolTask) => Promise<FileOutcome>;
  try {
    analyse = await inProcessAnalysis(opts);
  } catch {
    return; // the analyzers do not load here: the workers take every file
  }
  const accept = (t: PoolTask) => t.file.size <= MAIN_THREAD_MAX_BYTES && t.linkInput === undefined;
  while (!finished()) {
    const sliceEnd = performance.now() + MAIN_SLICE_MS;
    let took = false;
    while (performance.now() < sliceEnd && !finished()) {
      const next = source.takeForMain!(accept);
      if (!next) break;
      took = true;
      // A file taken here is always settled: the run waits for every file.
      let outcome: FileOutcome;
      try {
        outcome = await analyse(next.task);
      } catch (err) {
        outcome = failure(next.task, `analysis crashed (${(err as Error)?.message?.split('\n')[0] ?? String(err)})`);
      }
      finishOne(next.index, outcome);
    }
    if (!took) return;
    feedIdle();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Analysis on this thread: the analyzers of these groups, loaded once per call. */
async function inProcessAnalysis(opts: Pick<PoolOptions, 'groups' | 'config' | 'cache'>): Promise<(task: PoolTask) => Promise<FileOutcome>> {
  const { selectAnalyzers, ruleIndex } = await import('./analyzer-selection.js');
  const { prepareFor, processFile } = await import('./process-file.js');
  const analyzers = selectAnalyzers(opts.groups);
  const rules = ruleIndex();
  return async (t) => {
    await prepareFor(t.file, analyzers).catch(() => undefined);
    const outcome = processFile(t.file, { config: opts.config, analyzers, rules, linkInput: t.linkInput });
    if (t.store) opts.cache?.storeFailed(writeCacheEntry(t.store, outcome));
    return outcome;
  };
}

/** A pre-commit hook's handful of files is analysed on the main thread: no worker start-up to pay. */
const IN_PROCESS_MAX_FILES = 8;
const IN_PROCESS_MAX_BYTES = 256 * 1024;
/**
 * Very long lines are where a pathological input could make a pattern slow; only workers have the
 * per-file timeout, so such files never run on the main thread.
 */
const IN_PROCESS_MAX_LINE = 4000;
/** The main thread's stack is the default 8 MB: keep deeply nested code for the big-stack workers. */
const IN_PROCESS_MAX_NESTING = 1500;

function smallEnoughForMainThread(tasks: PoolTask[]): boolean {
  if (tasks.length > IN_PROCESS_MAX_FILES) return false;
  let bytes = 0;
  for (const t of tasks) {
    let text: string;
    try {
      text = t.file.content ?? readFileSync(t.file.absPath, 'latin1');
    } catch {
      continue; // unreadable: processFile reports it either way
    }
    bytes += text.length;
    if (bytes > IN_PROCESS_MAX_BYTES || maxBracketDepth(text) > IN_PROCESS_MAX_NESTING || longestLine(text) > IN_PROCESS_MAX_LINE) return false;
  }
  return true;
}

async function runInProcess(tasks: PoolTask[], opts: PoolOptions): Promise<FileOutcome[]> {
  const analyse = await inProcessAnalysis(opts);
  const out: FileOutcome[] = [];
  for (const [i, t] of tasks.entries()) {
    out.push(await analyse(t));
    opts.onProgress?.(i + 1, tasks.length);
  }
  return out;
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    if (i - start > longest) longest = i - start;
    start = i + 1;
  }
  return Math.max(longest, text.length - start);
}
