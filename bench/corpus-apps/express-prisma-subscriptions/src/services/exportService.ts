import { stringify } from 'csv-stringify/sync';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { config } from '../config';
import { HttpError } from '../lib/http';
import { childLogger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import { customerRepository } from '../repositories/customerRepository';
import { subscriptionRepository } from '../repositories/subscriptionRepository';

const execFileAsync = promisify(execFile);
const log = childLogger('exports');

function accountDir(accountId: string): string {
  return path.join(config.storage.exportsDir, accountId);
}

export class ExportService {
  /** Admin "Export customers" button; the admin may name the file. */
  async exportCustomers(accountId: string, since: Date, fileName: string) {
    const rows = await customerRepository.forExport(accountId, since);
    const csv = stringify(
      rows.map((r) => [r.id, r.email, r.name, r.status, (r.mrr_cents / 100).toFixed(2), r.created_at.toISOString()]),
      { header: true, columns: ['id', 'email', 'name', 'status', 'mrr', 'created_at'] },
    );
    const target = path.join(accountDir(accountId), fileName.endsWith('.csv') ? fileName : `${fileName}.csv`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // vuln: CWE-22
    await fs.writeFile(target, csv, 'utf8');
    const job = await prisma.exportJob.create({
      data: { accountId, kind: 'customers', fileName: path.basename(target), rowCount: rows.length },
    });
    log.info({ accountId, exportId: job.id, rows: rows.length }, 'customer export written');
    return job;
  }

  async exportSubscriptions(accountId: string) {
    const rows = await subscriptionRepository.listForAccount(accountId, { sort: 'created' });
    const csv = stringify(
      rows.map((r) => [r.id, r.customer_email, r.plan_code, r.status, (r.amount_cents / 100).toFixed(2)]),
      { header: true, columns: ['id', 'customer', 'plan', 'status', 'amount'] },
    );
    const fileName = `subscriptions-${new Date().toISOString().slice(0, 10)}-${Date.now()}.csv`;
    await fs.mkdir(accountDir(accountId), { recursive: true });
    const target = path.join(accountDir(accountId), fileName);
    // safe: CWE-22
    await fs.writeFile(target, csv, 'utf8');
    // safe: CWE-78
    await execFileAsync('gzip', ['--keep', '--force', target]);
    return prisma.exportJob.create({
      data: { accountId, kind: 'subscriptions', fileName: `${fileName}.gz`, rowCount: rows.length },
    });
  }

  /** Resolves a finished export for download; the file name comes from our own table. */
  async resolveExport(accountId: string, exportId: string): Promise<{ file: string; name: string }> {
    const job = await prisma.exportJob.findFirst({ where: { id: exportId, accountId } });
    if (!job) throw new HttpError(404, 'export not found');
    const root = path.resolve(accountDir(accountId));
    const file = path.resolve(root, job.fileName);
    if (!file.startsWith(root + path.sep)) {
      throw new HttpError(400, 'invalid export');
    }
    return { file, name: job.fileName };
  }
}
