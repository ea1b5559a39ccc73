import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import path from 'path';
import { promises as fs } from 'fs';
import { Service } from 'typedi';
import { config } from '../config';
import { OrderRepository } from '../repositories/OrderRepository';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

function csvCell(value: unknown): string {
  const s = String(value ?? '');
  const guarded = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return `"${guarded.replace(/"/g, '""')}"`;
}

@Service()
export class ExportService {
  constructor(private readonly orders: OrderRepository) {}

  private async writeCsv(eventId: number): Promise<string> {
    const rows = await this.orders.listForExport(eventId);
    const lines = ['order,name,email,quantity,total'];
    for (const r of rows) lines.push([r.id, r.attendeeName, r.attendeeEmail, r.quantity, (r.totalCents / 100).toFixed(2)].map(csvCell).join(','));
    const file = path.join(config.paths.exports, `attendees-${eventId}-${Date.now()}.csv`);
    await fs.writeFile(file, lines.join('\n'));
    return file;
  }

  /** Zips the attendee list; the organizer picks the archive name in the dashboard. */
  async attendeeArchive(eventId: number, archiveName: string): Promise<string> {
    const csv = await this.writeCsv(eventId);
    const archive = path.join(config.paths.exports, `${path.basename(archiveName)}.zip`);
    // vuln: CWE-78
    await execAsync(`zip -j "${archive}" "${csv}"`);
    return archive;
  }

  /** Badge sheet for printing at the door, rendered by wkhtmltopdf. */
  async badgeSheet(eventId: number, pageSize: string): Promise<string> {
    const size = ['A4', 'Letter', 'A5'].includes(pageSize) ? pageSize : 'A4';
    const out = path.join(config.paths.exports, `badges-${eventId}.pdf`);
    const source = `${config.publicUrl}/internal/badges/${eventId}`;
    // safe: CWE-78
    await execFileAsync('wkhtmltopdf', ['--page-size', size, source, out]);
    return out;
  }
}
