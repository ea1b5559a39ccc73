'use strict';

/**
 * Browser apps on another port (Vite, CRA) call the dev server's API and mock
 * endpoints with cookies, so we answer CORS ourselves.
 */
function applyCors(req, res) {
  const origin = req.headers.origin;
  if (origin) {
    // vuln: CWE-942
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] || 'content-type');
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return true;
  }
  return false;
}

/** The control panel only answers the configured front-end origins. */
function applyPanelCors(req, res, allowedOrigins) {
  const origin = req.headers.origin;
  if (origin && allowedOrigins.includes(origin)) {
    // safe: CWE-942
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
}

module.exports = { applyCors, applyPanelCors };
