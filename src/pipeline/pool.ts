import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { maxBracketDepth } from '../analyzers/code/frontend/js/parse.js';
import type { VouchConfig } from '../config/schema.js';
import type { DiscoveredFile } from './discover.js';
import type { FileOutcome } from './process-file.js';
import type { ScanCache } from './cache.js';

export interface PoolTask {
  file: DiscoveredFile;
  linkInput?: Record<string, unknown>;
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
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
// Native parsers recurse; 10,000 levels of nesting need far more than the default thread stack.
const WORKER_STACK_MB = 256;
/**
 * Files sent to a worker ahead of its results: the next file is already there when one finishes,
 * so a worker does not sit idle for the round trip through the main thread (~1 ms a file).
 */
const IN_FLIGHT = 2;

/**
 * Spread files over worker threads, one file in flight per worker. A file that hangs or crashes
 * its worker becomes a scan error for that file; the scan goes on with a fresh worker.
 */
export async function runPool(tasks: PoolTask[], opts: PoolOptions): Promise<FileOutcome[]> {
  const cache = opts.cache;
  if (!cache) return runUncached(tasks, opts);
  const results: FileOutcome[] = new Array(tasks.length);
  const keys = tasks.map((t) => cache.keyFor(t.file, t.linkInput));
  const todo: number[] = [];
  keys.forEach((key, i) => {
    const hit = key === undefined ? undefined : cache.get(key);
    if (hit) results[i] = hit;
    else todo.push(i);
  });
  const hits = tasks.length - todo.length;
  const fresh = await runUncached(todo.map((i) => tasks[i]!), { ...opts, onProgress: opts.onProgress && ((done) => opts.onProgress!(hits + done, tasks.length)) });
  todo.forEach((i, j) => {
    results[i] = fresh[j]!;
    const key = keys[i];
    // A timeout or crash says nothing about the file's content: never cache it.
    if (key !== undefined && !fresh[j]!.notices.some((n) => n.level === 'error' && /^analysis (timed out|crashed)/.test(n.reason))) cache.set(key, fresh[j]!);
  });
  return results;
}

async function runUncached(tasks: PoolTask[], opts: PoolOptions): Promise<FileOutcome[]> {
  if (tasks.length === 0) return [];
  if (opts.session?.started) return opts.session.run(tasks, opts);
  if (smallEnoughForMainThread(tasks)) return runInProcess(tasks, opts);
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
  /** Tasks of the current run routed to this worker (it keeps their files' parsed state). */
  queue: number[];
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
    return this.slots.length > 0;
  }

  private spawn(): Worker {
    return new Worker(WORKER_URL, {
      workerData: { config: this.config, groups: this.groups, keepChars: Math.floor(this.keepChars / Math.max(1, this.jobs)) },
      resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: 2048 },
    });
  }

  /** Kept state of these files is no longer needed (no link input can reach them any more). */
  drop(paths: string[]): void {
    if (paths.length === 0) return;
    for (const p of paths) this.owner.delete(p);
    for (const s of this.slots) s.worker?.postMessage({ drop: paths });
  }

  close(): void {
    for (const s of this.slots) {
      if (!s.worker) continue;
      s.worker.removeAllListeners();
      void s.worker.terminate();
      s.worker = undefined;
    }
  }

  run(tasks: PoolTask[], opts: Pick<PoolOptions, 'groups' | 'onProgress'>): Promise<FileOutcome[]> {
    const results: FileOutcome[] = new Array(tasks.length);
    if (tasks.length === 0) return Promise.resolve(results);
    while (this.slots.length < Math.max(1, Math.min(this.jobs, tasks.length))) this.slots.push({ worker: undefined, queue: [] });
    const shared: number[] = [];
    tasks.forEach((t, i) => {
      const o = this.owner.get(t.file.path);
      if (o !== undefined && this.slots[o]) this.slots[o]!.queue.push(i);
      else shared.push(i);
    });
    // Messages carry the groups to run: link rounds run only the linking analyzer.
    const groups = opts.groups;
    let done = 0;
    const failure = (task: PoolTask, reason: string): FileOutcome => ({
      path: task.file.path, findings: [], notices: [{ path: task.file.path, level: 'error', reason }], facts: {}, scanned: false, lines: 0, bytes: 0,
    });

    return new Promise<FileOutcome[]>((resolveAll) => {
      const finishOne = (index: number, outcome: FileOutcome) => {
        results[index] = outcome;
        done++;
        opts.onProgress?.(done, tasks.length);
        if (done === tasks.length) resolveAll(results);
      };
      const take = (slotIndex: number): number | undefined => {
        const own = this.slots[slotIndex]!.queue;
        if (own.length) return own.shift();
        if (shared.length) return shared.shift();
        // Idle while another worker has a backlog: take its last file (prepared again here).
        let longest: Slot | undefined;
        for (const s of this.slots) if (s.queue.length >= 2 && (!longest || s.queue.length > longest.queue.length)) longest = s;
        return longest?.queue.pop();
      };

      const runWorker = (slotIndex: number) => {
        const slot = this.slots[slotIndex]!;
        if (!slot.worker) {
          const w = this.spawn();
          slot.worker = w;
          // Between rounds nobody listens: a worker that dies idle is replaced when next needed.
          w.on('error', () => {});
          w.on('exit', () => {
            if (slot.worker === w) slot.worker = undefined;
          });
        }
        const worker = slot.worker;
        // Files sent to this worker, oldest first. The worker analyses them in order, so the oldest
        // is the one running: the timeout and a crash belong to it.
        const inflight: number[] = [];
        let timer: NodeJS.Timeout | undefined;
        let retired = false;
        const detach = () => {
          retired = true;
          if (timer) clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const replace = () => {
          detach();
          void worker.terminate();
          slot.worker = undefined;
          // Files queued behind the one that failed were never started: the fresh worker takes them.
          slot.queue.unshift(...inflight.filter((i) => results[i] === undefined));
          inflight.length = 0;
          runWorker(slotIndex);
        };
        const armTimer = () => {
          if (timer) clearTimeout(timer);
          timer = undefined;
          const head = inflight[0];
          if (head === undefined) return;
          timer = setTimeout(() => {
            finishOne(head, failure(tasks[head]!, `analysis timed out after ${Math.round(this.fileTimeoutMs / 1000)} s`));
            inflight.shift();
            replace();
          }, this.fileTimeoutMs);
        };
        const feed = () => {
          while (inflight.length < IN_FLIGHT) {
            const next = take(slotIndex);
            if (next === undefined) break;
            const task = tasks[next]!;
            const prev = this.owner.get(task.file.path);
            if (prev !== undefined && prev !== slotIndex) this.slots[prev]?.worker?.postMessage({ drop: [task.file.path] });
            this.owner.set(task.file.path, slotIndex);
            inflight.push(next);
            if (inflight.length === 1) armTimer();
            worker.postMessage({ id: next, file: task.file, linkInput: task.linkInput, groups });
          }
          if (inflight.length === 0) detach(); // stays alive for the next round
        };
        const onMessage = (msg: { id: number; outcome: FileOutcome }) => {
          if (retired || msg.id !== inflight[0]) return;
          inflight.shift();
          armTimer();
          finishOne(msg.id, msg.outcome);
          feed();
        };
        const onCrash = (why: string) => {
          if (retired) return;
          const head = inflight.shift();
          if (head !== undefined && results[head] === undefined) finishOne(head, failure(tasks[head]!, `analysis crashed (${why})`));
          replace();
        };
        const onError = (err: Error) => onCrash(err.message.split('\n')[0] ?? 'error');
        const onExit = (code: number) => onCrash(`worker exited with code ${code}`);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        feed();
      };

      for (let i = 0; i < this.slots.length; i++) runWorker(i);
    });
  }
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
  const { selectAnalyzers, ruleIndex } = await import('./analyzer-selection.js');
  const { prepareFor, processFile } = await import('./process-file.js');
  const analyzers = selectAnalyzers(opts.groups);
  const rules = ruleIndex();
  const out: FileOutcome[] = [];
  for (const [i, t] of tasks.entries()) {
    await prepareFor(t.file, analyzers).catch(() => undefined);
    out.push(processFile(t.file, { config: opts.config, analyzers, rules, linkInput: t.linkInput }));
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
