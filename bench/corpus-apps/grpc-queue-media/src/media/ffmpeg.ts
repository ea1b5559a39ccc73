import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface TranscodeOptions {
  width: number;
  height: number;
  videoBitrate: string;
  audioCodec?: 'aac' | 'opus';
}

export async function transcode(input: string, output: string, o: TranscodeOptions): Promise<void> {
  const cmd =
    `ffmpeg -hide_banner -nostdin -y -i "${input}" -vf "scale=${o.width}:${o.height}" ` +
    `-c:v libx264 -preset medium -b:v ${o.videoBitrate} -c:a ${o.audioCodec ?? 'aac'} "${output}"`;
  // vuln: CWE-78
  await execAsync(cmd, { timeout: 60 * 60 * 1000, maxBuffer: 16 * 1024 * 1024 });
}

export async function thumbnail(input: string, output: string, atSeconds: number): Promise<void> {
  const at = Number.isFinite(atSeconds) && atSeconds >= 0 ? atSeconds.toFixed(3) : '0';
  // safe: CWE-78
  await execFileAsync('ffmpeg', ['-hide_banner', '-nostdin', '-y', '-ss', at, '-i', input, '-frames:v', '1', '-q:v', '3', output], {
    timeout: 120_000,
  });
}

export async function probeDuration(input: string): Promise<number> {
  const { stdout } = await execFileAsync('ffprobe', [
    '-v', 'error',
    '-show_entries', 'format=duration',
    '-of', 'default=noprint_wrappers=1:nokey=1',
    input,
  ]);
  return Math.round(parseFloat(stdout) * 1000);
}
