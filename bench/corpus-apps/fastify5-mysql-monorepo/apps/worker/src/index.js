import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createPool, episodes } from '@castbase/db';
import { transcode } from './jobs/transcode.js';
import { importBundle } from './jobs/bundle.js';
import { runBackup } from './jobs/backup.js';

const log = pino({ name: 'castbase-worker', level: process.env.LOG_LEVEL ?? 'info' });
const db = createPool();

const handlers = {
  transcode: (payload) => transcode(db, payload, log),
  bundle: (payload) => importBundle(db, payload, log),
  backup: (payload) => runBackup(payload, log),
};

let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
});

while (!stopping) {
  const job = await episodes.claimJob(db);
  if (!job) {
    await sleep(2000);
    continue;
  }
  const handler = handlers[job.type];
  try {
    if (!handler) throw new Error(`No handler for job type ${job.type}`);
    await handler(job.payload);
    await episodes.finishJob(db, job.id, 'done');
    log.info({ jobId: job.id, type: job.type }, 'job done');
  } catch (err) {
    log.error({ jobId: job.id, err }, 'job failed');
    await episodes.finishJob(db, job.id, 'failed', String(err.message).slice(0, 500));
  }
}

await db.end();
