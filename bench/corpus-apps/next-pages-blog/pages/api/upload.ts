import type { NextApiRequest, NextApiResponse } from 'next';
import formidable, { type File } from 'formidable';
import { promises as fs } from 'fs';
import path from 'path';
import crypto from 'crypto';
import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth/[...nextauth]';
import { apiRoute, HttpError, firstValue } from '@/lib/api';
import { postRepository } from '@/lib/repositories/posts';

export const config = { api: { bodyParser: false } };

const PUBLIC_UPLOADS = path.join(process.cwd(), 'public', 'uploads');
const ATTACHMENTS = path.join(process.cwd(), 'storage', 'attachments');
const COVER_TYPES: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'image/webp': '.webp' };

function single(file: File | File[] | undefined): File | undefined {
  return Array.isArray(file) ? file[0] : file;
}

export default apiRoute(['POST'], async (req: NextApiRequest, res: NextApiResponse) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) throw new HttpError(401, 'sign in first');

  const form = formidable({ maxFileSize: 10 * 1024 * 1024, maxFiles: 1, keepExtensions: false });
  const [fields, files] = await form.parse(req);
  const kind = firstValue(fields.kind) ?? 'attachment';

  if (kind === 'cover') {
    const cover = single(files.cover);
    const ext = cover && cover.mimetype ? COVER_TYPES[cover.mimetype] : undefined;
    if (!cover || !ext) throw new HttpError(415, 'cover must be a JPEG, PNG or WebP image');
    const name = `${crypto.randomUUID()}${ext}`;
    // safe: CWE-22
    await fs.rename(cover.filepath, path.join(PUBLIC_UPLOADS, name));
    await postRepository.setCover(Number(firstValue(fields.postId)), name);
    return res.status(201).json({ url: `/uploads/${name}` });
  }

  const attachment = single(files.file);
  if (!attachment || !attachment.originalFilename) throw new HttpError(400, 'file required');
  const folder = path.join(ATTACHMENTS, String(firstValue(fields.postId) ?? 'unsorted').replace(/\D/g, ''));
  await fs.mkdir(folder, { recursive: true });
  // Keep the author's file name so downloads look right.
  // vuln: CWE-22
  await fs.rename(attachment.filepath, path.join(folder, attachment.originalFilename));
  return res.status(201).json({ name: attachment.originalFilename, size: attachment.size });
});
