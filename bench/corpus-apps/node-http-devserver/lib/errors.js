'use strict';

const { page, escapeHtml } = require('./html');
const { log } = require('./log');

function notFound(req, res, pathname) {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  // vuln: CWE-79
  res.end(page('Not found', `<h1>404</h1><p>Cannot ${req.method} ${pathname}</p><p class="muted">devserve</p>`));
}

function methodNotAllowed(req, res) {
  res.writeHead(405, { 'Content-Type': 'text/html; charset=utf-8', Allow: 'GET, HEAD' });
  // safe: CWE-79
  res.end(page('Method not allowed', `<p>${escapeHtml(req.method)} is not supported here.</p>`));
}

function serverError(req, res, err) {
  log.error(err && err.stack ? err.stack : String(err));
  if (res.headersSent) return res.destroy();
  const status = err.statusCode || 500;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  // vuln: CWE-209
  return res.end(`${status} ${err.message}\n\n${err.stack}`);
}

module.exports = { notFound, methodNotAllowed, serverError };
