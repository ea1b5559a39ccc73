/**
 * Worker thread entry: analyses files sent by the pool, one message per file. Runs with a large
 * stack (see pool.ts) so deeply nested code parses instead of overflowing the native stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { VouchConfig } from '../config/schema.js';
import { loadFileAnalyzers, ruleIndexOf } from '../analyzers/file-analyzer-loaders.js';
import { prepareFor, processFile } from './process-file.js';
import { type CacheStore, writeCacheEntry } from './cache-entry.js';
import type { DiscoveredFile } from './discover.js';
import type { FileOutcome } from './process-file.js';
import type { FileAnalyzer } from '../analyzers/analyzer.js';
import type { RuleMeta } from '../findings/rule.js';
import { saveCodeCacheNow } from '../cli/code-cache.js';

export interface InitData {
  config: VouchConfig;
  groups: string[];
  /** Source characters of parsed files this worker may keep for link rounds (0: none). */
  keepChars?: number;
  /** One Int32: the id + 1 of the file being analysed, 0 between files. */
  progress: SharedArrayBuffer;
}

/**
 * A worker the CLI launcher started before the scan was set up (bin/early-workers.js) learns its
 * settings from its first message; the pool's own workers get them as workerData.
 */
const early = (workerData as { early?: boolean }).early === true;
let init = workerData as InitData;
// Only the analyzers of the scan's groups are loaded (a secrets-only scan never loads the code analyzer).
const analyzersByGroups = new Map<string, Promise<{ analyzers: FileAnalyzer[]; rules: Map<string, RuleMeta> }>>();
const analyzersFor = (groups: string[]) => {
  const key = groups.join(',');
  let list = analyzersByGroups.get(key);
  if (!list) {
    list = loadFileAnalyzers(groups).then((analyzers) => ({ analyzers, rules: ruleIndexOf(analyzers) }));
    // An analyzer that cannot load ends the worker, as a failed static import would: the pool reports it.
    list.catch((err: unknown) => setImmediate(() => { throw err; }));
    analyzersByGroups.set(key, list);
  }
  return list;
};

/** Files sent together (their outcomes go back together). */
export interface TaskMessage {
  tasks: { id: number; file: DiscoveredFile; linkInput?: Record<string, unknown>; store?: CacheStore; keep?: boolean }[];
  groups?: string[];
}
/** Outcomes with the time each took (the pool sizes its queues by it). */
export interface ResultMessage {
  /** `storeError`: the outcome could not be stored in the scan cache (the error code). */
  results: { id: number; outcome: FileOutcome; ms: number; storeError?: string }[];
}

// Outcomes of small files go back together: one message per file cost a secrets scan a tenth of its
// time. An outcome waits at most until the event loop turns or ~1 ms of work has piled up behind it.
const FLUSH_AFTER_MS = 1;
let unsent: ResultMessage['results'] = [];
let firstUnsentAt = 0;
const flush = () => {
  if (unsent.length === 0) return;
  const results = unsent;
  unsent = [];
  parentPort!.postMessage({ results } satisfies ResultMessage);
};
// The file being analysed (its id + 1; 0 between files), read by the pool when a file times out or
// crashes the worker: the outcomes not yet sent are of other files, which the pool sends again.
let current: Int32Array<ArrayBufferLike> = new Int32Array(0);

// Messages are handled in arrival order; a file may first wait for an analyzer's parser to load.
let queue: Promise<void> = Promise.resolve();
const start = (settings: InitData) => {
  init = settings;
  current = new Int32Array(init.progress);
  queue = analyzersFor(init.groups).then(({ analyzers }) => {
    if (init.keepChars) for (const a of analyzers) a.keepState?.(init.keepChars);
    for (const a of analyzers) a.warmUp?.(init.config);
  });
};
if (!early) start(init);
parentPort!.on('message', (msg: TaskMessage | { drop: string[] } | { close: true } | { init: InitData }) => {
  if ('init' in msg) {
    start(msg.init);
    return;
  }
  // The scan is over: keep the compiled code for the next scan's workers (when this worker was
  // loaded from the bundle without a usable code cache entry), then end.
  if ('close' in msg) {
    queue = queue.then(() => {
      flush();
      saveCodeCacheNow();
      process.exit(0);
    });
    return;
  }
  if ('drop' in msg) {
    queue = queue.then(async () => {
      for (const a of (await analyzersFor(init.groups)).analyzers) a.dropState?.(msg.drop);
    });
    return;
  }
  for (const task of msg.tasks) {
    queue = queue.then(async () => {
      const { analyzers, rules } = await analyzersFor(msg.groups ?? init.groups);
      await prepareFor(task.file, analyzers).catch(() => undefined); // a failed load shows up as that file's error
      const began = performance.now();
      Atomics.store(current, 0, task.id + 1);
      const outcome = processFile(task.file, { config: init.config, analyzers, rules, linkInput: task.linkInput, keep: task.keep });
      Atomics.store(current, 0, 0);
      const storeError = task.store ? writeCacheEntry(task.store, outcome) : undefined;
      const now = performance.now();
      if (unsent.length === 0) {
        firstUnsentAt = began;
        setImmediate(flush);
      }
      unsent.push({ id: task.id, outcome, ms: now - began, ...(storeError ? { storeError } : {}) });
      if (now - firstUnsentAt >= FLUSH_AFTER_MS) flush();
    });
  }
});
