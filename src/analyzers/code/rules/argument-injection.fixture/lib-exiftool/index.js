// ExifTool reads any argument starting with `-` as an option (`-Directory=…` moves files, `-@ file` reads more arguments).
import path from 'node:path';
import { execFileAsync } from './lib/exec.js';

export async function readTags(files, options = {}) {
  const list = Array.isArray(files) ? files : [files];
  // ruleid: js/argument-injection
  const { stdout } = await execFileAsync(options.bin || 'exiftool', ['-json', '-n', ...list]);
  return JSON.parse(stdout);
}

export async function stripAll(file, options = {}) {
  // ruleid: js/argument-injection
  await execFileAsync('exiftool', ['-all=', '-overwrite_original', file]);
}

export async function stripAllSafe(file, options = {}) {
  // An absolute path never starts with `-`; a configurable program path with a default is the caller's setting.
  // ok: js/argument-injection
  // ok: js/command-injection
  await execFileAsync(options.bin || 'exiftool', ['-all=', '-overwrite_original', path.resolve(options.cwd || '.', file)]);
}

export async function stripAllEnded(file, options = {}) {
  // ok: js/argument-injection
  await execFileAsync(options.bin ?? 'exiftool', ['-all=', '-overwrite_original', '--', file]);
}
