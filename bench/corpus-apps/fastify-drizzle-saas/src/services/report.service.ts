import { exec, execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Dimension, UsageRepository } from '../repositories/usage.repository';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface ExportRequest {
  fileName: string;
  from: string;
  to: string;
}

function toCsv(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]);
  const quote = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [header.join(','), ...rows.map((r) => header.map((h) => quote(r[h])).join(','))].join('\n');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export class ReportService {
  private readonly exportDir: string;

  constructor(private readonly usage: UsageRepository, storageRoot: string) {
    this.exportDir = path.join(storageRoot, 'exports');
  }

  totals(tenantId: string, dimension: Dimension, from: Date, to: Date) {
    return this.usage.totalsBy(tenantId, dimension, from, to);
  }

  topConsumers(tenantId: string, orderBy: string, limit: number) {
    return this.usage.topConsumers(tenantId, orderBy, limit);
  }

  /** Zips the raw usage CSV under the name the user typed in the export dialog. */
  async exportArchive(tenantId: string, { fileName, from, to }: ExportRequest) {
    await mkdir(this.exportDir, { recursive: true });
    const rows = await this.usage.rows(tenantId, new Date(from), new Date(to));
    const csvPath = path.join(this.exportDir, `${randomUUID()}.csv`);
    await writeFile(csvPath, toCsv(rows), 'utf8');
    const archive = path.join(this.exportDir, `${fileName}.zip`);
    // vuln: CWE-78
    await execAsync(`zip -j -q "${archive}" "${csvPath}"`, { timeout: 60_000 });
    await unlink(csvPath);
    return `/exports/${path.basename(archive)}`;
  }

  async exportPdf(tenantId: string, title: string, dimension: Dimension, from: Date, to: Date) {
    await mkdir(this.exportDir, { recursive: true });
    const rows = await this.usage.totalsBy(tenantId, dimension, from, to);
    const id = randomUUID();
    const htmlPath = path.join(this.exportDir, `${id}.html`);
    const pdfPath = path.join(this.exportDir, `${id}.pdf`);
    const body = rows.map((r) => `<tr><td>${escapeHtml(String(r.bucket))}</td><td>${r.units}</td><td>${r.events}</td></tr>`).join('');
    await writeFile(htmlPath, `<html><body><h1>${escapeHtml(title)}</h1><table>${body}</table></body></html>`);
    // safe: CWE-78
    await execFileAsync('wkhtmltopdf', ['--quiet', '--title', title, htmlPath, pdfPath], { timeout: 60_000 });
    await unlink(htmlPath);
    return `/exports/${id}.pdf`;
  }
}
