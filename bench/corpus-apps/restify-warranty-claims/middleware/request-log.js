'use strict';

const log = require('../lib/logger');

function requestLog(req, res, next) {
  const started = Date.now();
  res.on('finish', () => {
    log.info({ method: req.method, route: req.getRoute() && req.getRoute().path, status: res.statusCode, ms: Date.now() - started }, 'request');
  });
  next();
}

module.exports = requestLog;
