import { Config, Logger, ILogger } from '@midwayjs/core';
import { Job, IJob } from '@midwayjs/cron';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { join } from 'path';
import { BillingDbConfig } from '../interface';

const execFileAsync = promisify(execFile);

@Job({
  cronTime: '0 30 2 * * *',
  start: true,
  timeZone: 'Europe/Berlin',
})
export class BackupJob implements IJob {
  @Config('typeorm.dataSource.default')
  db: { host: string; username: string; password: string; database: string };

  @Config('billingDb')
  billingDb: BillingDbConfig;

  @Config('storage.backups')
  backupDir: string;

  @Logger()
  logger: ILogger;

  async onTick() {
    const stamp = new Date().toISOString().slice(0, 10);
    const out = join(this.backupDir, `clinic_portal-${stamp}.sql.gz`);
    // safe: CWE-78
    await execFileAsync(
      'sh',
      ['-c', 'mysqldump --single-transaction -h "$DB_HOST" -u "$DB_USER" "$DB_NAME" | gzip > "$OUT"'],
      {
        env: {
          PATH: process.env.PATH,
          DB_HOST: this.db.host,
          DB_USER: this.db.username,
          DB_NAME: this.db.database,
          MYSQL_PWD: this.db.password,
          OUT: out,
        },
        timeout: 30 * 60 * 1000,
      },
    );
    this.logger.info('nightly backup written to %s', out);
  }
}
