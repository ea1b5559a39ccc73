import Queue from 'bull';

export interface BackupJob {
  tables: string[];
  label: string;
}

// The queue is created in its own module; producers and the worker import it.
export const backupQueue = new Queue<BackupJob>('backups', process.env.REDIS_URL ?? 'redis://localhost');
