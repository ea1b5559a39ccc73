import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export async function convert(format: string): Promise<void> {
  // ruleid: js/command-injection
  await execAsync(`pandoc in.md -o "out.${format}"`);
}

export async function convertSafely(format: string): Promise<void> {
  // ok: js/command-injection
  await execFileAsync('pandoc', ['in.md', '-o', `out.${format}`]);
}
