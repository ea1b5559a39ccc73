// Upload handling in a service: the parameter's type says it is the client's upload, wherever the
// route that passes it lives.
import type { MultipartFile } from '@fastify/multipart';
import type { UploadedFile } from 'express-fileupload';
import { randomUUID } from 'node:crypto';
import { createWriteStream, renameSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

export class FileService {
  constructor(private readonly root: string) {}

  async storeAttachment(projectId: string, part: MultipartFile) {
    const dir = path.join(this.root, 'projects', String(Number(projectId)));
    const target = path.join(dir, part.filename);
    // ruleid: js/path-traversal
    await pipeline(part.file, createWriteStream(target));
    return { name: part.filename };
  }

  async storeLogo(part: MultipartFile) {
    const ext = part.mimetype === 'image/png' ? '.png' : '.jpg';
    // ok: js/path-traversal
    await pipeline(part.file, createWriteStream(path.join(this.root, 'logos', randomUUID() + ext)));
  }

  keepScan(file: Express.Multer.File) {
    // ruleid: js/path-traversal
    renameSync(file.path, path.join(this.root, 'scans', file.originalname));
    // ok: js/path-traversal
    return readFileSync(file.path);
  }

  async keepAvatar(file: UploadedFile) {
    // ruleid: js/path-traversal
    await file.mv(path.join(this.root, 'avatars', file.name));
    // ok: js/path-traversal
    await file.mv(path.join(this.root, 'avatars', `${randomUUID()}.png`));
  }
}
