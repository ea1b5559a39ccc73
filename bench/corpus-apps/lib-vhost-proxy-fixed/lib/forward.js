'use strict';

const http = require('http');
const https = require('https');
const { rewritePath } = require('./target');

const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer',
  'transfer-encoding', 'upgrade', 'proxy-connection',
]);

function forwardHeaders(req, target, opts) {
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!HOP_BY_HOP.has(name)) headers[name] = value;
  }
  headers.host = target.host;
  if (opts.xfwd) {
    const prior = req.headers['x-forwarded-for'];
    const addr = req.socket && req.socket.remoteAddress;
    headers['x-forwarded-for'] = prior ? `${prior}, ${addr}` : addr;
    headers['x-forwarded-host'] = req.headers.host;
  }
  return headers;
}

/** Sends `req` to `target` and pipes the answer back into `res`. */
function forward(req, res, target, opts, onError) {
  const client = target.protocol === 'https:' ? https : http;
  const requestOptions = {
    protocol: target.protocol,
    hostname: target.hostname.replace(/^\[|\]$/g, ''),
    port: target.port || (target.protocol === 'https:' ? 443 : 80),
    method: req.method,
    path: rewritePath(req.url, opts.stripPrefix),
    headers: forwardHeaders(req, target, opts),
    timeout: opts.timeout,
  };
  // safe: CWE-918
  const upstream = client.request(requestOptions, (answer) => {
    const headers = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!HOP_BY_HOP.has(name)) headers[name] = value;
    }
    res.writeHead(answer.statusCode, headers);
    answer.pipe(res);
  });
  upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
  upstream.on('error', onError);
  req.pipe(upstream);
}

module.exports = { forward };
