import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { UPLOAD_ROOT } from './config';

const IMAGE_TYPES: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
};

const MAX_BYTES = 5 * 1024 * 1024;

export async function saveGalleryPhoto(clinicId: number, file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new Error('File too large');
  const dir = join(UPLOAD_ROOT, 'gallery', String(clinicId));
  await mkdir(dir, { recursive: true });
  const bytes = Buffer.from(await file.arrayBuffer());
  // vuln: CWE-22
  await writeFile(join(dir, file.name), bytes);
  return `/api/files?clinic=${clinicId}&name=${encodeURIComponent(file.name)}`;
}

export async function saveBookingAttachment(bookingId: number, file: File): Promise<string> {
  const ext = IMAGE_TYPES[file.type];
  if (!ext || file.size > MAX_BYTES) throw new Error('Unsupported attachment');
  const dir = join(UPLOAD_ROOT, 'bookings', String(bookingId));
  await mkdir(dir, { recursive: true });
  const stored = `${randomUUID()}${ext}`;
  // safe: CWE-22
  await writeFile(join(dir, stored), Buffer.from(await file.arrayBuffer()));
  return stored;
}

export async function readGalleryPhoto(clinicId: number, name: string): Promise<Buffer> {
  // vuln: CWE-22
  return readFile(join(UPLOAD_ROOT, 'gallery', String(clinicId), name));
}

export async function readBookingAttachment(bookingId: number, stored: string): Promise<Buffer> {
  // safe: CWE-22
  return readFile(join(UPLOAD_ROOT, 'bookings', String(bookingId), basename(stored)));
}

export async function readBrandAsset(clinicId: number, relative: string): Promise<Buffer> {
  const root = resolve(UPLOAD_ROOT, 'brand', String(clinicId));
  const target = resolve(root, relative);
  if (!target.startsWith(root + sep) || !['.png', '.css'].includes(extname(target))) {
    throw new Error('Not found');
  }
  // safe: CWE-22
  return readFile(target);
}
