import { execFileAsync } from './exec.js';

export async function exiftoolVersion(bin = 'exiftool') {
  // safe: CWE-88
  const { stdout } = await execFileAsync(bin, ['-ver'], { timeout: 5000, encoding: 'utf8' });
  return stdout.trim();
}
