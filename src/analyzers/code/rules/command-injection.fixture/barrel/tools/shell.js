import { exec } from 'node:child_process';

export function listDir(dir, done) {
  // ruleid: js/command-injection
  exec('ls -l ' + dir, done);
}

export function diskUsage(dir, done) {
  // ok: js/command-injection
  exec('du -sh ' + dir, done);
}
