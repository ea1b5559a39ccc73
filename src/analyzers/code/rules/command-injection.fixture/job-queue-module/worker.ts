import { exec } from 'child_process';
import { backupQueue, type BackupJob } from './queue';

function dump(job: BackupJob) {
  const tableArgs = job.tables.map((t) => `--table=${t}`).join(' ');
  // ruleid: js/command-injection
  exec(`pg_dump ${tableArgs} > dump.sql`);
}

backupQueue.process(2, async (job) => {
  dump(job.data);
  // The producer strips the label to a safe alphabet.
  // ok: js/command-injection
  exec(`tar -czf backup-${job.data.label}.tgz dump.sql`);
});
