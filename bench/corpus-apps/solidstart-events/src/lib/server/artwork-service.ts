import { exec, execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { env } from '~/lib/env';
import * as eventRepo from './repositories/event-repository';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const ARTWORK_DIR = path.join(env.UPLOAD_ROOT, 'artwork');
const IMAGE_TYPES: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/webp': '.webp' };

export async function saveArtwork(organiserId: number, eventId: number, file: File) {
  const dir = path.join(ARTWORK_DIR, String(organiserId));
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, file.name);
  // vuln: CWE-22
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
  await eventRepo.setArtworkPath(eventId, organiserId, path.relative(ARTWORK_DIR, target));
  return target;
}

export async function saveBanner(organiserId: number, eventId: number, file: File) {
  const ext = IMAGE_TYPES[file.type];
  if (!ext) throw new Error('Unsupported image type');
  const dir = path.join(ARTWORK_DIR, String(organiserId));
  await mkdir(dir, { recursive: true });
  const name = `${randomUUID()}${ext}`;
  // safe: CWE-22
  await writeFile(path.join(dir, name), Buffer.from(await file.arrayBuffer()));
  await eventRepo.setArtworkPath(eventId, organiserId, `${organiserId}/${name}`);
  return path.join(dir, name);
}

export async function readArtwork(relativePath: string) {
  // vuln: CWE-22
  return readFile(path.join(ARTWORK_DIR, relativePath));
}

export async function readArtworkForEvent(eventId: number) {
  const event = await eventRepo.findPublishedById(eventId);
  if (!event?.artworkPath) return null;
  const resolved = path.resolve(ARTWORK_DIR, event.artworkPath);
  if (!resolved.startsWith(ARTWORK_DIR + path.sep)) return null;
  // safe: CWE-22
  return readFile(resolved);
}

export async function makeThumbnail(source: string, size: string) {
  const out = source.replace(/(\.[a-z]+)$/i, '.thumb$1');
  // vuln: CWE-78
  await execAsync(`convert ${source} -resize ${size} -strip ${out}`);
  return out;
}

export async function makeSquareThumbnail(source: string, edge: number) {
  const px = Math.max(32, Math.min(1024, Math.trunc(edge) || 256));
  const out = source.replace(/(\.[a-z]+)$/i, '.sq$1');
  // safe: CWE-78
  await execFileAsync('convert', [source, '-resize', `${px}x${px}^`, '-gravity', 'center', '-extent', `${px}x${px}`, out]);
  return out;
}
