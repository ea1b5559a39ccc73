import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { env } from '$env/dynamic/private';

const execFileAsync = promisify(execFile);

const UPLOAD_ROOT = path.resolve(env.UPLOAD_DIR ?? 'data/uploads');
const AVATAR_ROOT = path.resolve(env.AVATAR_DIR ?? 'static/avatars');

const ATTACHMENT_TYPES = new Map([
  ['image/png', '.png'],
  ['image/jpeg', '.jpg'],
  ['image/gif', '.gif'],
  ['application/pdf', '.pdf'],
  ['text/plain', '.txt']
]);

export type StoredAttachment = { path: string; size: number; type: string };

export async function saveAttachment(userId: number, file: File): Promise<StoredAttachment> {
  if (!ATTACHMENT_TYPES.has(file.type)) {
    throw new Error(`Unsupported attachment type: ${file.type}`);
  }
  const dir = path.join(UPLOAD_ROOT, String(userId));
  await mkdir(dir, { recursive: true });
  // keep the original name so downloads look familiar
  const target = path.join(dir, file.name);
  // vuln: CWE-22
  await writeFile(target, Buffer.from(await file.arrayBuffer()));
  return { path: `${userId}/${file.name}`, size: file.size, type: file.type };
}

export async function readAttachment(relative: string): Promise<{ data: Buffer; type: string } | null> {
  const full = path.resolve(UPLOAD_ROOT, relative);
  if (!full.startsWith(UPLOAD_ROOT + path.sep)) {
    return null;
  }
  const ext = path.extname(full).toLowerCase();
  const type = [...ATTACHMENT_TYPES].find(([, e]) => e === ext)?.[0] ?? 'application/octet-stream';
  try {
    // safe: CWE-22
    const data = await readFile(full);
    return { data, type };
  } catch {
    return null;
  }
}

export async function saveAvatar(userId: number, file: File): Promise<string> {
  const ext = file.type === 'image/png' ? '.png' : file.type === 'image/jpeg' ? '.jpg' : null;
  if (!ext) throw new Error('Avatar must be PNG or JPEG');
  await mkdir(AVATAR_ROOT, { recursive: true });
  const name = `${userId}-${randomUUID()}${ext}`;
  const upload = path.join(AVATAR_ROOT, `.${name}.upload`);
  // safe: CWE-22
  await writeFile(upload, Buffer.from(await file.arrayBuffer()));
  // safe: CWE-78
  await execFileAsync('magick', [upload, '-resize', '256x256^', '-gravity', 'center', '-extent', '256x256', '-strip', path.join(AVATAR_ROOT, name)]);
  return `/avatars/${name}`;
}
