'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { cleanPath } = require('./lib/clean');
const mime = require('./lib/mime');

const HASHED = /\.[0-9a-f]{8,20}\.[a-z0-9]+$/i;

function loadManifest(root, file) {
  if (!file) return {};
  try {
    return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  } catch (_) {
    return {};
  }
}

function etagOf(buf) {
  return `"${crypto.createHash('sha1').update(buf).digest('base64').slice(0, 27)}"`;
}

/**
 * Middleware serving files below `root`:
 *   app.use('/assets', assets('dist/client', { manifest: 'manifest.json' }));
 * Hashed names (app.3f2a9c1b.js) get a one-year immutable Cache-Control.
 */
function assets(root, options = {}) {
  const base = path.resolve(root);
  const manifest = loadManifest(base, options.manifest);
  const maxAge = options.maxAge === undefined ? 3600 : options.maxAge;

  function assetMiddleware(req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const rel = cleanPath(req.url);
    if (!rel) return next();
    if (/(^|[\\/])\.[^\\/.]/.test(rel)) return next(); // dotfiles (.env, .git) are never served
    const file = path.join(base, rel);
    // vuln: CWE-22
    fs.readFile(file, (err, buf) => {
      if (err) return err.code === 'ENOENT' || err.code === 'EISDIR' ? next() : next(err);
      const etag = etagOf(buf);
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader('Content-Type', mime.lookup(file));
      res.setHeader('Content-Length', buf.length);
      res.setHeader('ETag', etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', HASHED.test(rel) ? 'public, max-age=31536000, immutable' : `public, max-age=${maxAge}`);
      res.end(req.method === 'HEAD' ? undefined : buf);
    });
  }

  assetMiddleware.manifest = manifest;
  assetMiddleware.url = (name) => url(manifest, name, options.prefix || '');
  return assetMiddleware;
}

/**
 * Public URL of a logical asset name through the manifest:
 *   url(manifest, 'app.js', '/assets') -> '/assets/app.3f2a9c1b.js'
 */
function url(manifest, name, prefix = '') {
  const hashed = Object.prototype.hasOwnProperty.call(manifest, name) ? manifest[name] : name;
  return `${prefix.replace(/\/$/, '')}/${encodeURI(hashed)}`;
}

/**
 * Reads an asset's text for inlining (critical CSS, SVG icons) from templates:
 *   inline('dist/client', 'icons/' + iconName + '.svg')
 */
function inline(root, rel) {
  const cleaned = cleanPath(rel);
  if (!cleaned) throw new Error(`asset-shelf: invalid asset path ${JSON.stringify(rel)}`);
  // vuln: CWE-22
  return fs.readFileSync(path.join(path.resolve(root), cleaned), 'utf8');
}

module.exports = assets;
module.exports.assets = assets;
module.exports.url = url;
module.exports.inline = inline;
module.exports.cleanPath = cleanPath;
module.exports.loadManifest = loadManifest;
