'use strict';

const log = {
  info: (msg) => process.stdout.write(`${new Date().toISOString()} INFO ${msg}\n`),
};

// Factories of the per-request loggers: the request's data arrives when the server calls what they return.
function accessLogger() {
  return (req, res, pathname) => {
    res.on('finish', () => {
      // ruleid: js/log-injection
      log.info(`${req.method} ${pathname} ${res.statusCode}`);
    });
  };
}

function quotedLogger() {
  return (req, res, pathname) => {
    res.on('finish', () => {
      // ok: js/log-injection
      log.info(`${req.method} ${JSON.stringify(pathname)} ${res.statusCode}`);
    });
  };
}

module.exports = { accessLogger, quotedLogger };
