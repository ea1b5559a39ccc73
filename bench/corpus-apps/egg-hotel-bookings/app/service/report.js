'use strict';

const { Service } = require('egg');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);

class ReportService extends Service {
  async invoicePdf(booking, lang) {
    const out = path.join(this.config.exportDir, `invoice-${booking.id}.pdf`);
    const url = `http://127.0.0.1:${process.env.PORT || 7001}/internal/invoice/${booking.id}?lang=${lang || 'en'}`;
    // vuln: CWE-78
    await execAsync(`wkhtmltopdf --quiet "${url}" ${out}`);
    return out;
  }

  async nightlyDump() {
    const out = path.join(this.config.exportDir, `hotel-${new Date().toISOString().slice(0, 10)}.sql`);
    // safe: CWE-78
    await execFileAsync('mysqldump', [ '--single-transaction', '--result-file', out, 'hotel' ]);
    return out;
  }
}

module.exports = ReportService;
