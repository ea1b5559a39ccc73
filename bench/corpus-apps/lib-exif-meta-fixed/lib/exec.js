import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const execFileAsync = promisify(execFile);

export function execOptions({ cwd, timeout = 30000 } = {}) {
  return { cwd, timeout, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' };
}
