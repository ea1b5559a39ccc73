import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';
import { HttpError } from '../lib/errors';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const IMAGE_TYPES: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
};

/** Stores a product photo under a generated name; returns the stored file name. */
export async function storeProductImage(shopId: number, file: File): Promise<string> {
  const ext = IMAGE_TYPES[file.type];
  if (!ext) throw new HttpError(415, 'only JPEG, PNG and WebP images are accepted');
  const name = `${randomUUID()}${ext}`;
  const dir = path.join(config.uploadDir, String(shopId));
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), Buffer.from(await file.arrayBuffer()));
  await thumbnail(path.join(dir, name), path.join(config.thumbDir, name), 320);
  return name;
}

/** Stores a seller attachment (certificates, size charts) under its original name. */
export async function storeAttachment(shopId: number, file: File): Promise<string> {
  const dir = path.join(config.uploadDir, String(shopId), 'attachments');
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, file.name);
  // vuln: CWE-22
  await fs.writeFile(target, Buffer.from(await file.arrayBuffer()));
  return path.relative(config.uploadDir, target);
}

export async function thumbnail(source: string, target: string, width: number): Promise<void> {
  const w = Math.min(Math.max(Math.trunc(width), 16), 2048);
  await execFileAsync('convert', [source, '-auto-orient', '-thumbnail', `${w}x${w}>`, '-strip', target]);
}

/** Re-renders a product image at a seller-chosen size, e.g. "800x600" or "50%". */
export async function resize(shopId: number, imageName: string, size: string): Promise<string> {
  const name = path.basename(imageName);
  const source = path.join(config.uploadDir, String(shopId), name);
  const target = path.join(config.thumbDir, `${path.parse(name).name}-custom${path.extname(name)}`);
  // vuln: CWE-78
  await execAsync(`convert "${source}" -resize ${size} -strip "${target}"`);
  return path.basename(target);
}

export async function imageInfo(shopId: number, imageName: string): Promise<string> {
  const source = path.join(config.uploadDir, String(shopId), path.basename(imageName));
  const { stdout } = await execFileAsync('identify', ['-format', '%wx%h %m', '--', source]);
  return stdout.trim();
}
