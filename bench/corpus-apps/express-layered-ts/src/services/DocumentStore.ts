import { promises as fs } from 'fs';
import path from 'path';
import { injectable } from 'tsyringe';
import { env } from '../config/env';
import { HttpError } from '../utils/HttpError';

@injectable()
export class DocumentStore {
  readonly root = path.resolve(env.storageDir, 'invoices');

  /**
   * Moves an uploaded document into the cost-centre folder, e.g. "emea/it-ops".
   * Cost-centre folders are provisioned by the finance sync job.
   */
  async archive(invoiceId: string, file: Express.Multer.File, costCentre: string) {
    const target = path.join(this.root, costCentre, `${invoiceId}-${file.originalname}`);
    try {
      // vuln: CWE-22
      await fs.rename(file.path, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new HttpError(400, 'Unknown cost centre');
      throw err;
    }
    return path.relative(this.root, target);
  }

  resolveStored(relativePath: string): string {
    const full = path.resolve(this.root, relativePath);
    if (!full.startsWith(this.root + path.sep)) throw new HttpError(400, 'Invalid document path');
    return full;
  }
}
