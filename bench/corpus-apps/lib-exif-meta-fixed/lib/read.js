import { execFileAsync, execOptions } from './exec.js';
import { readFlags } from './tags.js';
import { fileOperand } from './operand.js';

export async function readTags(files, options = {}) {
  const list = Array.isArray(files) ? files : [files];
  if (list.length === 0) return [];
  const args = [...readFlags(options), ...list.map((file) => fileOperand(file, options.cwd))];
  // safe: CWE-88
  const { stdout } = await execFileAsync(options.bin || 'exiftool', args, execOptions(options));
  return JSON.parse(stdout || '[]');
}
