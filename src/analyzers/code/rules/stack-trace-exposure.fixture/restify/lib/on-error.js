// A listener of Restify's error event, registered by server.js: `(req, res, err, callback)`.
function onRestifyError(req, res, err, callback) {
  const status = err.statusCode || 500;
  if (status < 500) {
    // ok: js/stack-trace-exposure
    res.send(status, { code: err.code || err.name, message: err.message });
    return callback();
  }
  // ruleid: js/stack-trace-exposure
  res.send(status, { code: 'InternalError', message: 'internal error', stack: err.stack });
  return callback();
}

module.exports = onRestifyError;
