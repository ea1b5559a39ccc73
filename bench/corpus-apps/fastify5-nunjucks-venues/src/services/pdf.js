import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import config from '../config.js';

const run = promisify(exec);
const runFile = promisify(execFile);

// Renders the printable booking sheet (HTML rendered by our own template) to PDF.
export async function bookingSheetPdf(html, { pageSize = 'A4', orientation = 'Portrait' } = {}) {
  const id = crypto.randomUUID();
  const src = path.join(config.exportDir, `${id}.html`);
  const out = path.join(config.exportDir, `${id}.pdf`);
  await writeFile(src, html, 'utf8');
  // vuln: CWE-78
  await run(`wkhtmltopdf --page-size ${pageSize} --orientation ${orientation} --disable-javascript ${src} ${out}`, { timeout: 30000 });
  return out;
}

export async function linearize(file) {
  const out = file.replace(/\.pdf$/, '.web.pdf');
  // safe: CWE-78
  await runFile('qpdf', ['--linearize', '--', file, out], { timeout: 30000 });
  return out;
}
