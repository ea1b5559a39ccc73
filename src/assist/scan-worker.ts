/**
 * The scan thread's entry (scan-thread.ts starts it): jobs of scan-job.ts, in a worker so that
 * analysis, which is synchronous, can be abandoned when a text takes too long.
 */
import { parentPort } from 'node:worker_threads';
import type { VouchConfig } from '../config/schema.js';
import { runJob, type ScanJob } from './scan-job.js';
import { CONFIGS_KEPT } from './scan-thread.js';

// Started before the event is even read, so loading the analyzers overlaps reading stdin and the config.
/** Configurations by the id the main thread gave them (the last few; an editor rarely has more than one). */
const configs = new Map<number, VouchConfig>();

parentPort!.on('message', (msg: { id: number; configId: number; config?: VouchConfig; job: ScanJob }) => {
  if (msg.config) {
    configs.set(msg.configId, msg.config);
    if (configs.size > CONFIGS_KEPT) configs.delete(configs.keys().next().value!);
  }
  const config = configs.get(msg.configId);
  const id = msg.id;
  if (!config) {
    parentPort!.postMessage({ id, ok: false, error: 'configuration not received' });
    return;
  }
  const job = { ...msg.job, config } as ScanJob;
  runJob(job).then(
    (result) => parentPort!.postMessage({ id, ok: true, result }),
    (err: unknown) => parentPort!.postMessage({ id, ok: false, error: (err as Error)?.message ?? String(err) }),
  );
});
// Loaded: the main thread's time limits start counting from here.
parentPort!.postMessage({ ready: true });
