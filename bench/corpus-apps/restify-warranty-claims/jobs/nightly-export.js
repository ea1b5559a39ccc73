'use strict';

const { execFile } = require('child_process');
const path = require('path');
const config = require('../config');
const log = require('../lib/logger');

// Run from cron at 02:00: dumps the claims schema for the data warehouse pick-up.
function run() {
  const stamp = new Date().toISOString().slice(0, 10);
  const out = path.join(config.exportDir, `claims-${stamp}.dump`);
  // safe: CWE-78
  execFile('pg_dump', ['--format=custom', '--schema=claims', `--file=${out}`, config.databaseUrl], { timeout: 30 * 60 * 1000 }, (err) => {
    if (err) {
      log.error({ err: err.message }, 'export failed');
      process.exitCode = 1;
      return;
    }
    log.info({ out }, 'export written');
  });
}

if (require.main === module) run();

module.exports = { run };
