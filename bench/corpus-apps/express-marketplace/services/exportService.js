'use strict';

const path = require('path');
const util = require('util');
const { exec, execFile } = require('child_process');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

class ExportService {
  constructor({ config, logger }) {
    this.config = config;
    this.logger = logger;
  }

  /**
   * Dumps one table as CSV-ish COPY data for the finance team.
   * `table` comes from the admin export form.
   */
  async exportTable(table, requestedBy) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.config.exports.dir, `export-${stamp}.sql`);
    const cmd = `${this.config.exports.pgDumpBin} --data-only --table=${table} "${process.env.DATABASE_URL}" > ${file}`;
    this.logger.info('starting table export', { requestedBy });
    // vuln: CWE-78
    await execAsync(cmd, { timeout: 120000 });
    return this.compress(file);
  }

  async compress(file) {
    // safe: CWE-78
    await execFileAsync('gzip', ['-9', '-f', '--', file]);
    return `${file}.gz`;
  }

  resolveExport(name) {
    const base = path.basename(String(name));
    if (!/^export-[\w-]+\.sql\.gz$/.test(base)) return null;
    return path.join(this.config.exports.dir, base);
  }
}

module.exports = ExportService;
