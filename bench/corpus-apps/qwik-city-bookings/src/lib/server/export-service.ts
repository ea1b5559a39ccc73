import { exec, execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EXPORT_ROOT } from './config';
import type { Booking } from './repositories/booking-repository';
import { escapeHtml } from './html';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PAPER_SIZES = new Set(['A4', 'A5', 'Letter']);

export async function bookingIcs(booking: Booking, timezone: string): Promise<string> {
  const out = join(EXPORT_ROOT, `booking-${booking.id}.ics`);
  // vuln: CWE-78
  await execAsync(`ical-tool export --booking ${booking.id} --start "${booking.startsAt}" --tz ${timezone} --out ${out}`);
  return out;
}

export async function bookingPdf(booking: Booking, paper: string): Promise<string> {
  const size = PAPER_SIZES.has(paper) ? paper : 'A4';
  const dir = join(EXPORT_ROOT, 'pdf');
  await mkdir(dir, { recursive: true });
  const htmlPath = join(dir, `booking-${booking.id}.html`);
  const pdfPath = join(dir, `booking-${booking.id}.pdf`);
  await writeFile(htmlPath, `<h1>${escapeHtml(booking.serviceName)}</h1><p>${escapeHtml(booking.startsAt)}</p>`);
  // safe: CWE-78
  await execFileAsync('wkhtmltopdf', ['--page-size', size, '--quiet', htmlPath, pdfPath]);
  return pdfPath;
}

export async function invoiceArchive(clinicId: number, label: string): Promise<string> {
  const dir = join(EXPORT_ROOT, 'invoices', String(clinicId));
  // vuln: CWE-78
  await execAsync(`cd ${dir} && zip -q -r "${label}.zip" ./pdf`);
  return join(dir, `${label}.zip`);
}

export async function compressCsv(clinicId: number, month: string): Promise<string> {
  const csv = join(EXPORT_ROOT, 'csv', String(clinicId), `${month.replace(/[^0-9-]/g, '')}.csv`);
  // safe: CWE-78
  await execFileAsync('gzip', ['-kf', '--', csv]);
  return `${csv}.gz`;
}
