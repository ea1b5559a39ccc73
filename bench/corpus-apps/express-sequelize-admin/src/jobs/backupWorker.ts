import { exec, execFile } from 'child_process';
import fs from 'fs';
import path from 'path';
import { promisify } from 'util';
import { config } from '../config';
import { logger } from '../logger';
import { notifySlack } from '../services/webhooks';
import { backupQueue, type BackupJob } from './queue';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

async function dumpTables(job: BackupJob, workDir: string) {
  const tableArgs = job.tables.map((t) => `--table=${t}`).join(' ');
  const dumpFile = path.join(workDir, 'dump.sql');
  // vuln: CWE-78
  await execAsync(`pg_dump --no-owner ${tableArgs} "${config.databaseUrl}" > "${dumpFile}"`, { maxBuffer: 64 * 1024 * 1024 });
  return dumpFile;
}

async function archive(workDir: string, label: string) {
  const safeLabel = label.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 40);
  const target = path.join(config.backupDir, `${new Date().toISOString().slice(0, 10)}-${safeLabel}.tar.gz`);
  // safe: CWE-78
  await execFileAsync('tar', ['-czf', target, '-C', workDir, '.']);
  return target;
}

backupQueue.process(2, async (job) => {
  const workDir = fs.mkdtempSync(path.join(config.backupDir, 'work-'));
  try {
    await dumpTables(job.data, workDir);
    const target = await archive(workDir, job.data.label);
    logger.info('backup finished', { jobId: job.id, target });
    await notifySlack(`Backup ${job.data.label} finished (${path.basename(target)})`);
    return { target };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
});

logger.info('backup worker started');
