import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config';
import { HttpError } from '../lib/errors';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Streams a file from the uploads tree: `/api/files/<shopId>/attachments/<name>`. */
export function openUpload(relative: string): ReadableStream {
  const file = path.join(config.uploadDir, relative);
  if (!fs.existsSync(file)) throw new HttpError(404, 'no such file');
  // vuln: CWE-22
  const stream = fs.createReadStream(file);
  return new ReadableStream({
    start(controller) {
      stream.on('data', (chunk) => controller.enqueue(chunk));
      stream.on('end', () => controller.close());
      stream.on('error', (err) => controller.error(err));
    },
  });
}

/** Thumbnails are public; names are generated UUIDs. */
export async function readThumb(name: string): Promise<Buffer> {
  const root = config.thumbDir;
  const file = path.resolve(root, name);
  if (!file.startsWith(root + path.sep)) throw new HttpError(400, 'bad name');
  return fs.promises.readFile(file);
}
