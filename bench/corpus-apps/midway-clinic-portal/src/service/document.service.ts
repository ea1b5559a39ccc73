import { Provide, Config, Inject, httpError } from '@midwayjs/core';
import { UploadFileInfo } from '@midwayjs/upload';
import { createReadStream, existsSync } from 'fs';
import { copyFile, mkdir, readFile, readdir } from 'fs/promises';
import { extname, join, resolve, sep } from 'path';
import { randomUUID } from 'crypto';
import { PasswordService } from './password.service';

const ALLOWED_EXT = new Set(['.pdf', '.jpg', '.jpeg', '.png']);

@Provide()
export class DocumentService {
  @Config('storage.documents')
  root: string;

  @Inject()
  passwordService: PasswordService;

  private patientDir(patientId: number): string {
    return join(this.root, String(patientId));
  }

  async list(patientId: number) {
    const dir = this.patientDir(patientId);
    return existsSync(dir) ? readdir(dir) : [];
  }

  async store(patientId: number, files: UploadFileInfo<string>[]) {
    const dir = this.patientDir(patientId);
    await mkdir(dir, { recursive: true });
    const stored = [];
    for (const file of files) {
      const ext = extname(file.filename).toLowerCase();
      if (!ALLOWED_EXT.has(ext)) {
        throw new httpError.BadRequestError(`file type ${ext} not accepted`);
      }
      const name = `${randomUUID()}${ext}`;
      // safe: CWE-22
      await copyFile(file.data, join(dir, name));
      const fingerprint = this.passwordService.documentFingerprint(await readFile(file.data));
      stored.push({ name, original: file.filename, fingerprint });
    }
    return stored;
  }

  /** Download as attachment; `name` comes straight from the document list in the UI. */
  openForDownload(patientId: number, name: string) {
    const file = join(this.patientDir(patientId), name);
    if (!existsSync(file)) {
      throw new httpError.NotFoundError();
    }
    // vuln: CWE-22
    return createReadStream(file);
  }

  /** Inline preview in the staff viewer. */
  openForPreview(patientId: number, name: string) {
    const dir = resolve(this.patientDir(patientId));
    const file = resolve(dir, name);
    if (!file.startsWith(dir + sep)) {
      throw new httpError.ForbiddenError('outside the patient folder');
    }
    // safe: CWE-22
    return createReadStream(file);
  }
}
