'use strict';

const http = require('http');
const https = require('https');
const { log } = require('./log');

// Local backends usually run with self-signed certificates (mkcert, dev CAs).
const devAgent = new https.Agent({
  keepAlive: true,
  // vuln: CWE-295
  rejectUnauthorized: false,
});

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-authorization', 'te', 'trailer']);

function forwardHeaders(headers, target) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(k)) out[k] = v;
  }
  out.host = target.host;
  return out;
}

function pipeTo(target, req, res) {
  const client = target.protocol === 'https:' ? https : http;
  const upstream = client.request(
    target,
    {
      method: req.method,
      headers: forwardHeaders(req.headers, target),
      agent: target.protocol === 'https:' ? devAgent : undefined,
    },
    (up) => {
      res.writeHead(up.statusCode || 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('error', (err) => {
    log.warn(`proxy error ${target.origin}: ${err.code || err.message}`);
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end('bad gateway');
  });
  req.pipe(upstream);
  return upstream;
}

/** /api/* -> config.apiTarget, the backend configured on the command line. */
function createApiProxy(config) {
  const base = config.apiTarget ? new URL(config.apiTarget) : null;
  return function apiProxy(req, res, requestUrl) {
    if (!base) return false;
    const target = new URL(requestUrl.pathname + requestUrl.search, base);
    if (target.origin !== base.origin) return false;
    // safe: CWE-918
    pipeTo(target, req, res);
    return true;
  };
}

/**
 * /__devserve/fetch?url=… – lets the front end load third-party JSON without
 * fighting CORS during development.
 */
function fetchThrough(req, res, query) {
  const target = new URL(String(query.url));
  const client = target.protocol === 'https:' ? https : http;
  // vuln: CWE-918
  const upstream = client.get(target, { agent: target.protocol === 'https:' ? devAgent : undefined }, (up) => {
    res.writeHead(up.statusCode || 502, {
      'Content-Type': up.headers['content-type'] || 'application/octet-stream',
    });
    up.pipe(res);
  });
  upstream.on('error', (err) => {
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`upstream error: ${err.code || 'unknown'}`);
  });
}

module.exports = { createApiProxy, fetchThrough };
