import { exec } from 'child_process';
import { jobs } from './bus';

export function registerHandlers() {
  jobs.onBackup(({ host, label }) => {
    // ruleid: js/command-injection
    exec(`tar czf /srv/backups/${label}.tgz /srv/hosts/${host}`);
  });

  jobs.onRotate((days) => {
    // Only the scheduler emits this, with a number of its own.
    // ok: js/command-injection
    exec(`find /srv/backups -mtime +${days} -delete`);
  });
}
