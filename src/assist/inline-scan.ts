/**
 * Scan jobs in the calling thread, for a one-off hook on a text of ordinary size: a worker thread
 * would boot a second Node environment and load the analyzers there, which costs more than the
 * scan itself. The time limit still holds: each synchronous analysis runs under runBounded (a
 * watchdog that stops it from outside), and asynchronous waits (a registry request) under a timer.
 * After a job was stopped part-way, the scanner takes no more jobs.
 */
import { BoundExceeded, runBounded } from './bounded.js';
import type { ScanJob } from './scan-job.js';
import { ScanFailed, ScanTimeout, SerialScanner } from './scan-thread.js';

export class InlineScanner extends SerialScanner {
  /** The analyzers load from construction on, while the caller reads its input. */
  private readonly loading = import('./scan-job.js');
  private stopped = false;

  constructor() {
    super();
    this.loading.catch(() => undefined); // reported by the first job
  }

  protected async runNow(job: ScanJob, timeoutMs: number): Promise<unknown> {
    if (this.stopped) throw new ScanFailed('scan failed: an earlier scan was stopped part-way');
    let runJob;
    try {
      let loadParser;
      ({ runJob, loadParser } = await this.loading);
      // (Outside the time limit: a thread stopped while it loads the native parser dies.)
      loadParser();
    } catch (err) {
      throw new ScanFailed(`scan failed: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
    }
    // As for a thread, the clock starts once the analyzers are loaded.
    const deadline = performance.now() + timeoutMs;
    const bound = <T>(analyse: () => T): T => runBounded(analyse, deadline - performance.now());
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new ScanTimeout(timeoutMs)), timeoutMs); });
    try {
      return await Promise.race([runJob(job, bound), expired]);
    } catch (err) {
      if (err instanceof BoundExceeded || err instanceof ScanTimeout) {
        this.stopped = true;
        throw new ScanTimeout(timeoutMs);
      }
      throw new ScanFailed(`scan failed: ${(err as Error)?.message ?? String(err)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    /* nothing kept */
  }
}
