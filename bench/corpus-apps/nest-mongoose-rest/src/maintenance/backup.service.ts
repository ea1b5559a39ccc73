import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { exec, execFile } from 'child_process';
import { join } from 'path';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

@Injectable()
export class BackupService {
  private readonly logger = new Logger(BackupService.name);

  constructor(private readonly config: ConfigService) {}

  private archivePath(suffix: string) {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return join(this.config.getOrThrow<string>('backupDir'), `fleetdesk-${stamp}-${suffix}.archive.gz`);
  }

  @Cron(CronExpression.EVERY_DAY_AT_2AM)
  async nightly() {
    const archive = this.archivePath('nightly');
    // safe: CWE-78
    await execAsync(`mongodump --uri="${this.config.getOrThrow<string>('mongoUri')}" --gzip --archive="${archive}"`);
    this.logger.log(`Nightly backup written to ${archive}`);
  }

  /** On-demand snapshot before a risky data migration; the label ends up in the file name. */
  async snapshot(label: string) {
    const archive = this.archivePath(label);
    // vuln: CWE-78
    const { stderr } = await execAsync(`mongodump --uri="${this.config.getOrThrow<string>('mongoUri')}" --gzip --archive="${archive}"`);
    return { archive, log: stderr.split('\n').slice(-5) };
  }

  async exportCollection(collection: 'vehicles' | 'workorders') {
    const out = this.archivePath(collection).replace('.archive.gz', '.json');
    // safe: CWE-78
    await execFileAsync('mongoexport', [`--uri=${this.config.getOrThrow<string>('mongoUri')}`, `--collection=${collection}`, `--out=${out}`]);
    return out;
  }
}
