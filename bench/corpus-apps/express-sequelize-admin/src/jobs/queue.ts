import Queue from 'bull';
import { config } from '../config';

export interface BackupJob {
  requestedBy: string;
  tables: string[];
  label: string;
}

export const backupQueue = new Queue<BackupJob>('db-backups', config.redisUrl, {
  defaultJobOptions: { attempts: 2, removeOnComplete: 100, backoff: { type: 'fixed', delay: 60_000 } },
});
