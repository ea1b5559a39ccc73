// Our own job type that happens to be called Request: the scheduler fills it, not a client.
import { exec } from 'node:child_process';
import type { Request } from './scheduler-types';

export function runJob(job: Request) {
  // ok: js/command-injection
  exec('backup --target ' + job.query.target);
}
