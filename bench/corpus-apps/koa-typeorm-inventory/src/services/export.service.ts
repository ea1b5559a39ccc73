import { exec, execFile } from 'node:child_process';
import { writeFile, mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { config } from '../config';
import { Product } from '../entities/Product';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

export class ExportService {
  private renderSheet(title: string, rows: Product[]) {
    const body = rows
      .map((p) => `<tr><td>${escapeHtml(p.sku)}</td><td>${escapeHtml(p.name)}</td><td>${p.quantity}</td></tr>`)
      .join('');
    return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
      <body><h1>${escapeHtml(title)}</h1><table>${body}</table></body></html>`;
  }

  /** Stock sheet PDF; the file is named after the title the user typed. */
  async stockSheetPdf(title: string, rows: Product[]) {
    await mkdir(config.exportDir, { recursive: true });
    const htmlFile = path.join(config.exportDir, `${randomUUID()}.html`);
    await writeFile(htmlFile, this.renderSheet(title, rows));
    const pdfName = `${title.replace(/\s+/g, '-')}.pdf`;
    // vuln: CWE-78
    await execAsync(`wkhtmltopdf --quiet --page-size A4 ${htmlFile} "${config.exportDir}/${pdfName}"`);
    return pdfName;
  }

  /** Pick list PDF; named by the server. */
  async pickListPdf(title: string, rows: Product[]) {
    await mkdir(config.exportDir, { recursive: true });
    const id = randomUUID();
    const htmlFile = path.join(config.exportDir, `${id}.html`);
    await writeFile(htmlFile, this.renderSheet(title, rows));
    // safe: CWE-78
    await execFileAsync('wkhtmltopdf', ['--quiet', '--title', title, htmlFile, path.join(config.exportDir, `${id}.pdf`)]);
    return `${id}.pdf`;
  }

  resolveExport(name: string) {
    const base = path.basename(name);
    if (!/^[\w.-]+\.(pdf|csv)$/.test(base)) return null;
    return path.join(config.exportDir, base);
  }
}
