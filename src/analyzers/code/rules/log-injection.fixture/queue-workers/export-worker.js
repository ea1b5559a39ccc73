import { Worker } from 'bullmq';
import { logger } from './logger.js';

async function buildExport(job) {
  const { filename, format } = job.data;
  // ruleid: js/log-injection
  logger.info(`exporting ${filename}`);
  return { file: `${filename}.${format}` };
}

export function startExportWorker() {
  return new Worker('exports', buildExport, { concurrency: 2 });
}
