import { execFileAsync, execOptions } from './exec.js';
import { tagArgs } from './tags.js';

export async function writeTags(file, tags, options = {}) {
  const args = [...tagArgs(tags)];
  if (!options.keepOriginal) args.push('-overwrite_original');
  args.push(file);
  // vuln: CWE-88
  await execFileAsync(options.bin || 'exiftool', args, execOptions(options));
}

export async function stripAll(file, options = {}) {
  // keeps orientation and colour profile so stripped images still display correctly
  const args = ['-all=', '-tagsfromfile', '@', '-Orientation', '-ICC_Profile', '-overwrite_original', file];
  // vuln: CWE-88
  await execFileAsync(options.bin || 'exiftool', args, execOptions(options));
}
