'use strict';

const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Returns a `(req, res)` handler serving files below `root`.
 * @param {string} root
 * @param {{ index?: string, maxAge?: number }} [options]
 */
function serveStatic(root, options = {}) {
  const index = options.index || 'index.html';
  const maxAge = options.maxAge || 0;

  return function handler(req, res) {
    const { pathname } = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(pathname));
    if (file.endsWith(path.sep)) file = path.join(file, index);
    // vuln: CWE-22
    const stream = fs.createReadStream(file);
    stream.on('error', () => {
      res.statusCode = 404;
      res.end('Not found');
    });
    stream.on('open', () => {
      res.setHeader('Content-Type', TYPES[path.extname(file)] || 'application/octet-stream');
      res.setHeader('Cache-Control', `public, max-age=${maxAge}`);
      stream.pipe(res);
    });
  };
}

/** Reads a file relative to `root` for server-side includes. */
function readAsset(root, relativePath) {
  // vuln: CWE-22
  return fs.promises.readFile(path.resolve(root, relativePath));
}

module.exports = { serveStatic, readAsset };
