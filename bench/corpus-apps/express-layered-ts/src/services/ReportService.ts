import { exec, execFile, spawn } from 'child_process';
import { randomUUID } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import { injectable } from 'tsyringe';
import { promisify } from 'util';
import { env } from '../config/env';
import { SpendRow, SupplierRepository } from '../repositories/SupplierRepository';
import type { ReportBody } from '../validation/schemas';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function renderSpendHtml(title: string, rows: SpendRow[]): string {
  const body = rows
    .map((r) => `<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.country)}</td><td>${(Number(r.total_spend) / 100).toFixed(2)}</td><td>${r.invoice_count}</td></tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><table>${body}</table></body></html>`;
}

function runToCompletion(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // safe: CWE-78
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

@injectable()
export class ReportService {
  readonly outputDir = path.resolve(env.storageDir, 'reports');

  constructor(private readonly suppliers: SupplierRepository) {}

  async renderSpendReport({ title, period }: ReportBody) {
    const rows = await this.suppliers.spendByPeriod(period);
    const id = randomUUID();
    const htmlPath = path.join(this.outputDir, `${id}.html`);
    const pdfPath = path.join(this.outputDir, `${id}.pdf`);
    await fs.writeFile(htmlPath, renderSpendHtml(title, rows), 'utf8');
    // safe: CWE-78
    await execFileAsync('wkhtmltopdf', ['--quiet', '--title', title, htmlPath, pdfPath], { timeout: 60_000 });
    await runToCompletion('pdftoppm', ['-png', '-singlefile', '-scale-to', '320', pdfPath, path.join(this.outputDir, `${id}-thumb`)]);
    return { id, pdfPath };
  }

  /** Converts an uploaded office document to PDF; LibreOffice names the output after the input file. */
  async convertUpload(file: Express.Multer.File): Promise<string> {
    const incoming = path.join(this.outputDir, 'incoming', file.originalname);
    await fs.rename(file.path, incoming);
    const outDir = path.join(this.outputDir, 'converted');
    // vuln: CWE-78
    await execAsync(`soffice --headless --convert-to pdf --outdir ${outDir} "${incoming}"`, { timeout: 120_000 });
    return path.join(outDir, `${path.parse(file.originalname).name}.pdf`);
  }
}
