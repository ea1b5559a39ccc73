import { exec, execFile } from 'node:child_process';

export function watermark(file: string, text: string): void {
  // ruleid: js/command-injection
  exec(`convert ${file} -annotate +24+24 "${text}" out.png`);
}

export function poster(file: string, width: number): void {
  if (!(width > 0 && width <= 4096)) throw new Error('bad size');
  // ok: js/command-injection
  exec(`convert ${file} -resize ${width} poster.png`);
}

export function convert(args: string): void {
  // ruleid: js/command-injection
  exec(`ffmpeg ${args}`);
}

export function notify(host: string): void {
  // ruleid: js/command-injection
  exec(`curl https://${host}/ping`);
}

export function probe(file: string): void {
  // ok: js/command-injection
  execFile('ffprobe', ['-i', file]);
}
