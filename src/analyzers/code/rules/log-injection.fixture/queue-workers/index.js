import { startExportWorker } from './export-worker.js';
import { logger } from './logger.js';

// The worker object is the queue's, not the job's: what the processor returns goes to the job.
const workers = [startExportWorker()];
for (const worker of workers) {
  // ok: js/log-injection
  worker.on('failed', (job, err) => logger.error(`${worker.name} job ${job?.id} failed: ${err.message}`));
}
