import { exec, execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { config } from '../config/index.js';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export async function listBackups() {
  const names = await readdir(config.backupDir).catch(() => []);
  return Promise.all(
    names.filter((n) => n.endsWith('.archive.gz')).map(async (name) => ({ name, ...(await stat(path.join(config.backupDir, name))) })),
  );
}

export async function createBackup({ label = 'manual', collections = [] }) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(config.backupDir, `${stamp}-${label}.archive.gz`);
  const only = collections.length ? collections.map((c) => `--collection=${c}`).join(' ') : '';
  // vuln: CWE-78
  const { stderr } = await execAsync(`mongodump --uri="${config.mongoUri}" ${only} --gzip --archive=${file}`, { timeout: 10 * 60 * 1000 });
  return { file: path.basename(file), log: stderr.split('\n').slice(-5) };
}

export async function restoreBackup(name) {
  if (!/^[\w-]+\.archive\.gz$/.test(name)) throw new Error('Bad backup name');
  const file = path.join(config.backupDir, name);
  // safe: CWE-78
  const { stderr } = await execFileAsync('mongorestore', ['--uri', config.mongoUri, '--gzip', `--archive=${file}`, '--drop'], { timeout: 30 * 60 * 1000 });
  return stderr.split('\n').slice(-5);
}
