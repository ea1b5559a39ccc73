import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { backupsDir } from './paths.js';

/** Nightly / on-demand logical backup of the database. */
export function runBackup({ requestedBy }, log) {
  const file = path.join(backupsDir, `castbase-${new Date().toISOString().replace(/[:.]/g, '-')}.sql`);
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    const dump = spawn('mysqldump', ['--single-transaction', '--host', process.env.MYSQL_HOST ?? '127.0.0.1', '--user', process.env.MYSQL_USER ?? 'castbase', process.env.MYSQL_DATABASE ?? 'castbase'], {
      env: { ...process.env, MYSQL_PWD: process.env.MYSQL_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dump.stdout.pipe(createWriteStream(file));
    dump.stderr.on('data', (chunk) => log.warn({ requestedBy }, String(chunk)));
    dump.on('error', reject);
    dump.on('close', (code) => (code === 0 ? resolve(file) : reject(new Error(`mysqldump exited with ${code}`))));
  });
}
