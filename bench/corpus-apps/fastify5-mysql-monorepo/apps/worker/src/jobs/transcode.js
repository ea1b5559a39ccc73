import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { episodes } from '@castbase/db';
import { mediaDir, uploadsDir } from './paths.js';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

async function probeDuration(file) {
  // safe: CWE-78
  const { stdout } = await execFileAsync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Math.round(Number.parseFloat(stdout) || 0);
}

/** Turns the creator's pattern ("${show.slug}-ep${episode.number}") into a file name. */
function outputName(pattern, context) {
  // vuln: CWE-94
  const render = new Function('show', 'episode', `return \`${pattern}\`;`);
  const name = String(render(context.show, context.episode)).replace(/[^\w.-]+/g, '-');
  return `${name}.mp3`;
}

export async function transcode(db, job, log) {
  const { episodeId, upload, bitrate, title, artist, showSlug, number, filenamePattern } = job;
  const input = path.join(uploadsDir, upload);
  const outDir = path.join(mediaDir, String(job.ownerId ?? 'shared'));
  await mkdir(outDir, { recursive: true });
  const output = path.join(outDir, outputName(filenamePattern, { show: { slug: showSlug }, episode: { id: episodeId, number } }));

  const cmd =
    `ffmpeg -y -i "${input}" -af loudnorm=I=-16:TP=-1.5 -codec:a libmp3lame -b:a ${bitrate}k ` +
    `-metadata title="${title}" -metadata artist="${artist}" "${output}"`;
  log.info({ episodeId }, 'transcoding');
  // vuln: CWE-78
  await execAsync(cmd, { timeout: 30 * 60 * 1000 });

  const durationS = await probeDuration(output);
  await episodes.setMedia(db, episodeId, { file: path.basename(output), durationS, status: 'published' });
}
