import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import AdmZip from 'adm-zip';
import type { AppConfig } from '../config';
import type { Logger } from '../lib/logger';

const ALLOWED_EXT = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.heic']);

export class ReceiptService {
  private readonly root: string;
  private readonly tenantId: number;
  private readonly logger: Logger;

  constructor({ config, tenantId, logger }: { config: AppConfig; tenantId: number; logger: Logger }) {
    this.root = path.join(config.paths.receipts, String(tenantId));
    this.tenantId = tenantId;
    this.logger = logger;
  }

  private entryDir(entryId: number): string {
    return path.join(this.root, String(entryId));
  }

  /** Stores one uploaded receipt (koa-body temp file) under a generated name. */
  async attach(entryId: number, tempPath: string, originalName: string): Promise<string> {
    const ext = path.extname(path.basename(originalName)).toLowerCase();
    if (!ALLOWED_EXT.has(ext)) {
      throw Object.assign(new Error('Unsupported receipt type'), { status: 415, expose: true });
    }
    const name = `${crypto.randomUUID()}${ext}`;
    await fs.promises.mkdir(this.entryDir(entryId), { recursive: true });
    // safe: CWE-22
    await fs.promises.rename(tempPath, path.join(this.entryDir(entryId), name));
    return name;
  }

  /**
   * Bulk upload: a zip exported from the expense app, one folder per journal
   * entry id ("1042/taxi.pdf", "1043/hotel.jpg").
   */
  importZip(zipPath: string): number {
    const zip = new AdmZip(zipPath);
    let count = 0;
    for (const entry of zip.getEntries()) {
      if (entry.isDirectory) continue;
      const target = path.join(this.root, entry.entryName);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      // vuln: CWE-22
      fs.writeFileSync(target, entry.getData());
      count += 1;
    }
    this.logger.info('receipts imported', { tenantId: this.tenantId, count });
    return count;
  }

  open(entryId: number, name: string): fs.ReadStream {
    const dir = this.entryDir(entryId);
    const full = path.resolve(dir, name);
    if (!full.startsWith(dir + path.sep)) {
      throw Object.assign(new Error('Not found'), { status: 404, expose: true });
    }
    // safe: CWE-22
    return fs.createReadStream(full);
  }
}
