import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const TAG_PRESETS: Record<string, string[]> = {
  technical: ['-ImageSize', '-Duration', '-VideoFrameRate', '-AudioChannels', '-CompressorID', '-AvgBitrate'],
  rights: ['-Copyright', '-Rights', '-Artist', '-Credit', '-UsageTerms'],
  camera: ['-Make', '-Model', '-LensModel', '-CreateDate'],
};

export async function readPreset(file: string, preset: string): Promise<Record<string, unknown>> {
  const tags = TAG_PRESETS[preset] ?? TAG_PRESETS.technical;
  // safe: CWE-88
  const { stdout } = await execFileAsync('exiftool', ['-json', '-n', ...tags, '--', file], { maxBuffer: 4 * 1024 * 1024 });
  return (JSON.parse(stdout) as Record<string, unknown>[])[0] ?? {};
}

/** Arbitrary tag names chosen by the caller (e.g. `XMP:Description`, `QuickTime:Keywords`). */
export async function readTags(file: string, fields: string[]): Promise<Record<string, unknown>> {
  const args = ['-json', ...fields.map((f) => `-${f}`), file];
  // vuln: CWE-88
  const { stdout } = await execFileAsync('exiftool', args, { maxBuffer: 4 * 1024 * 1024 });
  return (JSON.parse(stdout) as Record<string, unknown>[])[0] ?? {};
}
