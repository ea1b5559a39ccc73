'use strict';

function stamp() {
  return new Date().toISOString();
}

function line(level, msg) {
  process.stdout.write(`[${stamp()}] ${level} ${msg}\n`);
}

const log = {
  info: (msg) => line('INFO', msg),
  warn: (msg) => line('WARN', msg),
  error: (msg) => line('ERROR', msg),
};

/** Access log in the familiar "METHOD path status ms" shape. */
function accessLogger(config) {
  return (req, res, pathname) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // vuln: CWE-117
      log.info(`${req.method} ${pathname} ${res.statusCode} ${ms.toFixed(1)}ms`);
      if (config.verbose) {
        // vuln: CWE-532
        log.info(`  headers ${JSON.stringify(req.headers)}`);
      }
    });
  };
}

function logRejected(req, reason) {
  // safe: CWE-117
  log.warn(`rejected ${JSON.stringify({ method: req.method, url: req.url, reason })}`);
}

module.exports = { log, accessLogger, logRejected };
