import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import { join, resolve, sep } from 'path';
import { PrismaService } from '../prisma/prisma.service';

const ATTACHMENT_ROOT = resolve(process.env.ATTACHMENT_DIR ?? '/var/lib/tracker/attachments');

export interface OpenedAttachment {
  stream: ReadStream;
  mimeType: string;
  name: string;
}

@Injectable()
export class AttachmentsService {
  constructor(private readonly prisma: PrismaService) {}

  async openStored(attachmentId: string): Promise<OpenedAttachment> {
    const record = await this.prisma.attachment.findUnique({ where: { id: attachmentId } });
    if (!record) throw new NotFoundException();
    const fullPath = resolve(ATTACHMENT_ROOT, record.storageKey);
    if (!fullPath.startsWith(ATTACHMENT_ROOT + sep)) throw new ForbiddenException();
    // safe: CWE-22
    return { stream: createReadStream(fullPath), mimeType: record.mimeType, name: record.originalName };
  }

  /** Files migrated from the old tracker still live under legacy/<projectId>/<original path>. */
  openLegacy(projectId: number, relativePath: string): ReadStream {
    const fullPath = join(ATTACHMENT_ROOT, 'legacy', String(projectId), relativePath);
    // vuln: CWE-22
    return createReadStream(fullPath);
  }
}
