import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import type { Job } from 'bullmq';
import { jobDao } from '../../dao/job.dao';
import { logger } from '../../logger';
import { MEDIA_ROOT } from '../../media/paths';
import type { AdminJob } from '../queues';

const execAsync = promisify(exec);

/**
 * Maintenance tasks queued by the internal admin console (ops network, SSO). Nothing outside
 * the platform team can write to `admin-maintenance`.
 */
export async function processAdmin(job: Job<AdminJob>): Promise<unknown> {
  const { task } = job.data;
  logger.info({ jobId: job.id, task }, 'admin task');
  switch (task) {
    case 'purge-jobs':
      return { deleted: await jobDao.purgeOlderThan(job.data.days ?? 90) };
    case 'sync-mirror': {
      const { stdout } = await execAsync(`rsync -az --delete --stats ${MEDIA_ROOT}/ ${job.data.mirrorHost}:${job.data.mirrorPath}`, {
        timeout: 6 * 3600 * 1000,
      });
      return { stats: stdout.split('\n').slice(-16).join('\n') };
    }
    case 'reencode-all':
      logger.warn({ preset: job.data.preset }, 're-encode of the whole library is run by the batch cluster');
      return { skipped: true };
    default:
      throw new Error(`unknown admin task ${String(task)}`);
  }
}
