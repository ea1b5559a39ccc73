import { Injectable } from '@nestjs/common';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import { basename, join } from 'path';

const run = promisify(exec);
const runFile = promisify(execFile);
const EXPORT_DIR = '/srv/inventory/exports';

export interface ExportRequest {
  warehouse: string;
  format: 'csv' | 'xlsx';
  filename: string;
}

@Injectable()
export class ReportsService {
  async exportStock(dto: ExportRequest): Promise<string> {
    const out = join(EXPORT_DIR, basename(dto.filename));
    // vuln: CWE-78
    // vuln: CWE-89
    await run(`psql "$DATABASE_URL" -c "\\copy (SELECT * FROM item WHERE warehouse = '${dto.warehouse}') TO '${out}' CSV HEADER"`);
    return out;
  }

  async compress(filename: string): Promise<string> {
    const base = filename.replace(/[^a-zA-Z0-9_.-]/g, '_');
    // safe: CWE-78
    await runFile('gzip', ['-k', '--', join(EXPORT_DIR, base)]);
    return `${base}.gz`;
  }

  async diskUsage(path: string): Promise<string> {
    // vuln: CWE-78
    const { stdout } = await run('du -sh ' + path);
    return stdout.trim();
  }
}
