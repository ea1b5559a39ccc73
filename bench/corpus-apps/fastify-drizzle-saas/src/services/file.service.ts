import type { MultipartFile } from '@fastify/multipart';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../plugins/error-handler';

const LOGO_TYPES: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
};

export class FileService {
  constructor(private readonly root: string) {}

  private attachmentDir(tenantId: string, projectId: string) {
    return path.join(this.root, 'tenants', tenantId, 'projects', projectId);
  }

  async storeAttachment(tenantId: string, projectId: string, part: MultipartFile) {
    const dir = this.attachmentDir(tenantId, projectId);
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, part.filename);
    // vuln: CWE-22
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) throw new DomainError(413, 'Attachment too large', 'TOO_LARGE');
    return { name: part.filename, size: (await stat(target)).size };
  }

  async storeLogo(tenantId: string, part: MultipartFile) {
    const ext = LOGO_TYPES[part.mimetype];
    if (!ext) throw new DomainError(415, 'Unsupported logo type', 'UNSUPPORTED_MEDIA');
    const dir = path.join(this.root, 'public', 'logos', tenantId);
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}${ext}`;
    // safe: CWE-22
    await pipeline(part.file, createWriteStream(path.join(dir, name)));
    return `/assets/logos/${tenantId}/${name}`;
  }

  async openAttachment(tenantId: string, projectId: string, name: string) {
    const dir = this.attachmentDir(tenantId, projectId);
    const resolved = path.resolve(dir, name);
    if (!resolved.startsWith(dir + path.sep)) {
      throw new DomainError(400, 'Invalid attachment name', 'BAD_NAME');
    }
    const info = await stat(resolved).catch(() => null);
    if (!info?.isFile()) throw new DomainError(404, 'Attachment not found', 'NOT_FOUND');
    // safe: CWE-22
    return { stream: createReadStream(resolved), size: info.size };
  }
}
