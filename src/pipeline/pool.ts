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
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
// Native parsers recurse; 10,000 levels of nesting need far more than the default thread stack.
const WORKER_STACK_MB = 256;

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
  const results: FileOutcome[] = new Array(tasks.length);
  if (tasks.length === 0) return results;
  if (smallEnoughForMainThread(tasks)) return runInProcess(tasks, opts);
  const workerCount = Math.max(1, Math.min(opts.jobs, tasks.length));
  let next = 0;
  let done = 0;

  const spawn = () =>
    new Worker(WORKER_URL, {
      workerData: { config: opts.config, groups: opts.groups },
      resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: 2048 },
    });

  await new Promise<void>((resolveAll) => {
    let active = 0;
    const finishOne = (index: number, outcome: FileOutcome) => {
      results[index] = outcome;
      done++;
      opts.onProgress?.(done, tasks.length);
    };
    const failure = (task: PoolTask, reason: string): FileOutcome => ({
      path: task.file.path, findings: [], notices: [{ path: task.file.path, level: 'error', reason }], facts: {}, scanned: false, lines: 0, bytes: 0,
    });

    const runWorker = (worker: Worker) => {
      active++;
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      const retire = () => {
        retired = true;
        if (timer) clearTimeout(timer);
        worker.removeAllListeners();
        void worker.terminate();
        active--;
      };
      const feed = () => {
        if (next >= tasks.length) {
          retire();
          if (active === 0) resolveAll();
          return;
        }
        current = next++;
        const task = tasks[current]!;
        timer = setTimeout(() => {
          finishOne(current, failure(task, `analysis timed out after ${Math.round(opts.fileTimeoutMs / 1000)} s`));
          retire();
          runWorker(spawn());
        }, opts.fileTimeoutMs);
        worker.postMessage({ id: current, file: task.file, linkInput: task.linkInput });
      };
      worker.on('message', (msg: { id: number; outcome: FileOutcome }) => {
        if (retired || msg.id !== current) return;
        if (timer) clearTimeout(timer);
        finishOne(current, msg.outcome);
        feed();
      });
      const onCrash = (why: string) => {
        if (retired) return;
        if (current >= 0 && results[current] === undefined) {
          finishOne(current, failure(tasks[current]!, `analysis crashed (${why})`));
        }
        retire();
        runWorker(spawn());
      };
      worker.on('error', (err) => onCrash(err.message.split('\n')[0] ?? 'error'));
      worker.on('exit', (code) => onCrash(`worker exited with code ${code}`));
      feed();
    };

    for (let i = 0; i < workerCount; i++) runWorker(spawn());
  });
  return results;
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
