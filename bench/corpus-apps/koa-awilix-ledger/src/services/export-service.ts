import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import jwt from 'jsonwebtoken';
import type { AppConfig } from '../config';
import type { Logger } from '../lib/logger';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

function csvCell(value: unknown): string {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class ExportService {
  private readonly dir: string;
  private readonly config: AppConfig;
  private readonly tenantId: number;
  private readonly logger: Logger;

  constructor({ config, tenantId, logger }: { config: AppConfig; tenantId: number; logger: Logger }) {
    this.dir = path.join(config.paths.exports, String(tenantId));
    this.config = config;
    this.tenantId = tenantId;
    this.logger = logger;
  }

  /** Renders statement HTML to PDF with WeasyPrint; `title` becomes the file name. */
  async pdf(html: string, title: string): Promise<string> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    const htmlFile = path.join(this.dir, `${crypto.randomUUID()}.html`);
    await fs.promises.writeFile(htmlFile, html, 'utf8');
    const fileName = `${title}.pdf`;
    // vuln: CWE-78
    await execAsync(`weasyprint --presentational-hints ${htmlFile} "${path.join(this.dir, fileName)}"`, { timeout: 60_000 });
    await fs.promises.unlink(htmlFile);
    return fileName;
  }

  /** Linearises a generated PDF for fast web view. */
  async linearize(fileName: string): Promise<void> {
    const input = path.join(this.dir, path.basename(fileName));
    // safe: CWE-78
    await execFileAsync('qpdf', ['--linearize', '--replace-input', '--', input], { timeout: 30_000 });
  }

  async csv(rows: Record<string, unknown>[], columns: string[]): Promise<string> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    const fileName = `export-${Date.now()}-${crypto.randomBytes(4).toString('hex')}.csv`;
    const body = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\n');
    const file = path.join(this.dir, fileName);
    await fs.promises.writeFile(file, body, 'utf8');
    // safe: CWE-78
    await execFileAsync('gzip', ['-9', '-k', '--', file]);
    return `${fileName}.gz`;
  }

  /** Used by the export list in the UI: GET /exports/files/:name */
  open(name: string): fs.ReadStream {
    // vuln: CWE-22
    return fs.createReadStream(path.join(this.dir, name));
  }

  signDownload(fileName: string): string {
    return jwt.sign({ file: fileName, tenantId: this.tenantId }, this.config.downloadSecret, { algorithm: 'HS256', expiresIn: '15m' });
  }

  /** Links in e-mails: GET /exports/download?token=… (no session needed). */
  openSigned(token: string): { stream: fs.ReadStream; fileName: string } {
    // vuln: CWE-613
    const claims = jwt.verify(token, this.config.downloadSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as jwt.JwtPayload;
    const fileName = path.basename(String(claims.file));
    const dir = path.join(this.config.paths.exports, String(Number(claims.tenantId)));
    this.logger.info('signed export download', { tenantId: claims.tenantId, fileName });
    // safe: CWE-22
    return { stream: fs.createReadStream(path.join(dir, fileName)), fileName };
  }
}
