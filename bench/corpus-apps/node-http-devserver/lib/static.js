'use strict';

const fs = require('fs');
const path = require('path');
const mime = require('mime-types');

const ASSETS_DIR = path.join(__dirname, '..', 'assets');

function sendFile(res, file, stat) {
  res.writeHead(200, {
    'Content-Type': mime.contentType(path.extname(file)) || 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    'Last-Modified': stat.mtime.toUTCString(),
  });
  fs.createReadStream(file).pipe(res);
}

/**
 * Serves files from the project root. Returns false when nothing matched so
 * the caller can fall through to the directory listing / SPA fallback / 404.
 */
function createStaticHandler(root) {
  function locate(file, cb) {
    fs.stat(file, (err, stat) => {
      if (err) return cb(null);
      if (stat.isFile()) return cb({ file, stat });
      if (!stat.isDirectory()) return cb(null);
      const index = path.join(file, 'index.html');
      return fs.stat(index, (indexErr, indexStat) => cb(indexErr ? { dir: file } : { file: index, stat: indexStat }));
    });
  }

  return function serveStatic(req, res, pathname) {
    return new Promise((resolve) => {
      locate(path.join(root, pathname), (found) => {
        if (!found) return resolve({ handled: false });
        if (found.dir) return resolve({ handled: false, dir: found.dir });
        res.writeHead(200, {
          'Content-Type': mime.contentType(path.extname(found.file)) || 'application/octet-stream',
          'Content-Length': found.stat.size,
          'Cache-Control': 'no-cache',
        });
        if (req.method === 'HEAD') {
          res.end();
          return resolve({ handled: true });
        }
        // vuln: CWE-22
        fs.createReadStream(found.file).pipe(res);
        return resolve({ handled: true });
      });
    });
  };
}

/** Built-in assets for the overlay and the panel: /__devserve/assets/<name>. */
function serveAsset(res, name) {
  const file = path.resolve(ASSETS_DIR, name);
  if (!file.startsWith(ASSETS_DIR + path.sep)) {
    res.writeHead(400);
    return res.end('bad asset path');
  }
  return fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      res.writeHead(404);
      return res.end('not found');
    }
    // safe: CWE-22
    return sendFile(res, file, stat);
  });
}

module.exports = { createStaticHandler, serveAsset };
