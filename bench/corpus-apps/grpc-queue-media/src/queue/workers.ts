import { Worker, type Job } from 'bullmq';
import { bullConnection } from '../cache/redis';
import { logger } from '../logger';
import { processTranscode } from './processors/transcode.processor';
import { processIngest } from './processors/ingest.processor';
import { processAdmin } from './processors/admin.processor';
import { webhookService } from '../services/webhook.service';
import type { WebhookJob } from './queues';

export function startWorkers(): Worker[] {
  const workers = [
    new Worker('transcode', processTranscode, { connection: bullConnection(), concurrency: 2 }),
    new Worker('ingest', processIngest, { connection: bullConnection(), concurrency: 4 }),
    new Worker(
      'webhooks',
      async (job: Job<WebhookJob>) => {
        await webhookService.dispatch(job.data.partnerId, job.data.event, job.data.payload);
      },
      { connection: bullConnection(), concurrency: 8 },
    ),
    new Worker('admin-maintenance', processAdmin, { connection: bullConnection(), concurrency: 1 }),
  ];
  for (const worker of workers) {
    worker.on('failed', (job, err) => logger.warn({ queue: worker.name, jobId: job?.id, err: err.message }, 'job failed'));
    worker.on('completed', (job) => logger.info({ queue: worker.name, jobId: job.id }, 'job completed'));
  }
  return workers;
}
