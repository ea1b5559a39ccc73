'use strict';

const log = require('../lib/logger');

// Registered on server.on('restifyError').
function onRestifyError(req, res, err, callback) {
  const status = err.statusCode || 500;
  if (status < 500) {
    // safe: CWE-209
    res.send(status, { code: err.code || err.name, message: err.message });
    return callback();
  }
  log.error({ err, path: req.path() }, 'unhandled error');
  // Support staff asked for the stack in the response so they can read it off the dealer's screen.
  // vuln: CWE-209
  res.send(status, { code: 'InternalError', message: err.message, stack: err.stack });
  return callback();
}

module.exports = onRestifyError;
