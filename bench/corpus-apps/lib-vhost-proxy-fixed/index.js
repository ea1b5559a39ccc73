'use strict';

const http = require('http');
const { normalizeOptions } = require('./lib/options');
const { resolveTarget } = require('./lib/target');
const { forward } = require('./lib/forward');

/**
 * Creates a `(req, res, next?)` handler that proxies each request to the upstream configured for
 * its host name.
 */
function createProxy(options) {
  const opts = normalizeOptions(options);
  return function vhostProxy(req, res, next) {
    const target = resolveTarget(req, opts);
    if (!target) {
      if (typeof next === 'function') return next();
      res.writeHead(421, { 'content-type': 'text/plain' });
      return res.end('Misdirected Request');
    }
    forward(req, res, target, opts, (err) => {
      if (typeof next === 'function') return next(err);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('Bad Gateway');
    });
  };
}

/** Checks that the configured default upstream answers on /healthz. */
function healthCheck(options, cb) {
  const opts = normalizeOptions(options);
  if (!opts.defaultTarget) return cb(new Error('no defaultTarget configured'));
  const url = new URL('/healthz', opts.defaultTarget);
  const probe = http.get(url, { timeout: 5000 }, (answer) => {
    answer.resume();
    cb(null, answer.statusCode >= 200 && answer.statusCode < 300);
  });
  probe.on('timeout', () => probe.destroy(new Error('health check timeout')));
  probe.on('error', (err) => cb(err));
}

module.exports = { createProxy, healthCheck };
