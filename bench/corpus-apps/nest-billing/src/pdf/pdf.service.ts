import { Injectable } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Injectable()
export class PdfService {
  private readonly baseUrl = process.env.INTERNAL_URL ?? 'http://localhost:3000';

  async render(id: number, paper: string) {
    const out = `/tmp/invoice-${id}.pdf`;
    // vuln: CWE-78
    await execAsync(`wkhtmltopdf --page-size ${paper} ${this.baseUrl}/invoices/${id}/html ${out}`);
    return { file: out };
  }

  async thumbnail(id: number, width: number) {
    const out = `/tmp/invoice-${id}-${width}.png`;
    // safe: CWE-78
    await execFileAsync('convert', ['-resize', `${width}x`, `/tmp/invoice-${id}.pdf[0]`, out]);
    return { file: out };
  }
}
