import { Worker } from 'node:worker_threads';
import type { ScanJob, ScanJobResult, TextJobResult } from './scan-job.js';

/** The scan did not finish within its time limit; the thread was ended (the next job starts a new one). */
export class ScanTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`gave up after ${timeoutMs} ms`);
    this.name = 'ScanTimeout';
  }
}

/** The scan thread failed (an exception in the analysis, or the thread died). */
export class ScanFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanFailed';
  }
}

const WORKER_URL = new URL('./scan-worker.js', import.meta.url);
export const CONFIGS_KEPT = 4;
/** How long a new thread may take to load the analyzers before it is given up. */
const STARTUP_LIMIT_MS = 60_000;

type Reply = { id: number; ok: boolean; result?: unknown; error?: string };

/** Runs scan jobs one at a time within a time limit: a ScanThread, or an InlineScanner (inline-scan.ts). */
export interface Scanner {
  run(job: Extract<ScanJob, { op: 'text' }>, timeoutMs: number, stale?: () => boolean): Promise<TextJobResult>;
  run(job: Exclude<ScanJob, { op: 'text' }>, timeoutMs: number, stale?: () => boolean): Promise<ScanJobResult>;
  close(): void;
}

/** The queue both scanners share: jobs run one at a time, in the order given; a subclass runs one job. */
export abstract class SerialScanner implements Scanner {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Run a job within `timeoutMs`, counted from when the scanner takes it: after the jobs before it,
   * and after the analyzers have loaded (their start-up is not the text's fault). `stale` is asked
   * just before it starts: an editor's answer for a version already replaced is not worth
   * computing, and the job then resolves to undefined.
   */
  run(job: Extract<ScanJob, { op: 'text' }>, timeoutMs: number, stale?: () => boolean): Promise<TextJobResult>;
  run(job: Exclude<ScanJob, { op: 'text' }>, timeoutMs: number, stale?: () => boolean): Promise<ScanJobResult>;
  run(job: ScanJob, timeoutMs: number, stale?: () => boolean): Promise<unknown> {
    const next = this.tail.then(() => (stale?.() ? undefined : this.runNow(job, timeoutMs)));
    this.tail = next.catch(() => undefined);
    return next;
  }

  protected abstract runNow(job: ScanJob, timeoutMs: number): Promise<unknown>;
  abstract close(): void;
}

/**
 * Scans of in-memory text (hooks, the MCP server, the language server) in a worker thread: analysis
 * is synchronous, and only a separate thread can be abandoned when a text takes too long. The
 * thread is started once and kept (its loaded analyzers and parsed rule tables serve every later
 * job); a job past its time limit ends it, and the next job starts a fresh one. Jobs run one at a
 * time, in the order given.
 */
export class ScanThread extends SerialScanner {
  private worker: Worker | undefined;
  private nextId = 1;
  /**
   * Configurations the current thread holds, by identity: each is sent (cloned) once, then named by
   * number. The thread keeps the last CONFIGS_KEPT received, and so does this map, in the same order.
   */
  private configIds = new Map<object, number>();
  /** Settles when the current thread has loaded the analyzers and takes jobs. */
  private ready: Promise<void> = Promise.resolve();

  /** Start a thread now (loading the analyzers overlaps whatever the caller does next). */
  static start(): ScanThread {
    return new ScanThread().start();
  }

  start(): this {
    this.ensure();
    return this;
  }

  private ensure(): Worker {
    if (!this.worker) {
      const w = new Worker(WORKER_URL, { resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 1024 } });
      // An idle scan thread never keeps the process alive; a pending job's timer does.
      w.unref();
      w.on('error', () => { if (this.worker === w) this.worker = undefined; });
      w.on('exit', () => { if (this.worker === w) this.worker = undefined; });
      this.ready = new Promise<void>((resolveReady) => {
        const onReady = (msg: { ready?: boolean }) => { if (msg.ready) { w.off('message', onReady); resolveReady(); } };
        w.on('message', onReady);
      });
      this.worker = w;
      this.configIds = new Map();
    }
    return this.worker;
  }

  protected runNow(job: ScanJob, timeoutMs: number): Promise<unknown> {
    const worker = this.ensure();
    const id = this.nextId++;
    // The thread keeps each configuration it was sent: its memoised settings (keyed by the object) then last.
    let configId = this.configIds.get(job.config);
    const sendConfig = configId === undefined;
    if (configId === undefined) {
      configId = id;
      this.configIds.set(job.config, configId);
      if (this.configIds.size > CONFIGS_KEPT) this.configIds.delete(this.configIds.keys().next().value!);
    }
    const message = { id, configId, ...(sendConfig ? { config: job.config } : {}), job: { ...job, config: undefined } };
    const ready = this.ready;
    return new Promise((resolveJob, reject) => {
      let done = false;
      let timer: NodeJS.Timeout | undefined;
      const cleanup = () => { done = true; clearTimeout(timer); clearTimeout(loading); worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExit); };
      const expire = (ms: number) => () => {
        cleanup();
        this.close();
        reject(new ScanTimeout(ms));
      };
      // The job is posted at once (it waits in the thread's queue while the analyzers load); the
      // clock starts when the thread is ready. A thread that never gets ready is given up too.
      const loading = setTimeout(expire(STARTUP_LIMIT_MS), STARTUP_LIMIT_MS);
      void ready.then(() => {
        if (done) return;
        clearTimeout(loading);
        timer = setTimeout(expire(timeoutMs), timeoutMs);
      });
      const onMessage = (msg: Reply) => {
        if (msg.id !== id) return;
        cleanup();
        if (msg.ok) resolveJob(msg.result);
        else reject(new ScanFailed(`scan failed: ${msg.error}`));
      };
      const onError = (err: Error) => {
        cleanup();
        this.close();
        reject(new ScanFailed(`scan failed: ${err.message.split('\n')[0]}`));
      };
      const onExit = (code: number) => {
        cleanup();
        reject(new ScanFailed(`scan thread exited (code ${code})`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(message);
    });
  }

  close(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}
