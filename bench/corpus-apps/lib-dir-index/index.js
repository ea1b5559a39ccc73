import fs from 'node:fs';
import path from 'node:path';
import { renderListing, escapeHtml } from './lib/html.js';
import { contentType } from './lib/mime.js';

function send(res, status, body) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

function isHidden(rel) {
  return rel.split(path.sep).some((segment) => segment.startsWith('.'));
}

/**
 * dirIndex('public', { hidden: false, redirect: true, index: 'index.html', title: 'Index of' })
 *
 * Returns a `(req, res, next)` handler: files under `root` are streamed, directories get their
 * `index` file or a generated listing, and directory URLs without a trailing slash are redirected
 * to the same URL with one. Without `next` (plain node:http) misses end in a 404.
 */
export default function dirIndex(root, options = {}) {
  if (!root) throw new TypeError('dirIndex: root directory required');
  const rootDir = path.resolve(root);
  const showHidden = Boolean(options.hidden);
  const redirect = options.redirect !== false;
  const indexFile = options.index === undefined ? 'index.html' : options.index;
  const title = options.title || 'Index of';

  return function dirIndexMiddleware(req, res, next) {
    const miss = () => (typeof next === 'function' ? next() : send(res, 404, 'Not Found'));
    if (req.method !== 'GET' && req.method !== 'HEAD') return miss();

    const url = req.originalUrl || req.url;
    const q = url.indexOf('?');
    const rawPath = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? '' : url.slice(q);

    let decoded;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      return send(res, 400, 'Bad Request');
    }
    if (decoded.includes('\0')) return send(res, 400, 'Bad Request');

    // safe: CWE-22
    const target = path.join(rootDir, decoded);
    const rel = path.relative(rootDir, target);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return send(res, 403, 'Forbidden');
    if (!showHidden && isHidden(rel)) return miss();

    fs.stat(target, (statErr, stat) => {
      if (statErr) return miss();

      if (stat.isFile()) {
        res.statusCode = 200;
        res.setHeader('Content-Type', contentType(target));
        res.setHeader('Content-Length', stat.size);
        res.setHeader('Last-Modified', stat.mtime.toUTCString());
        if (req.method === 'HEAD') return res.end();
        // safe: CWE-22
        fs.createReadStream(target).on('error', () => res.destroy()).pipe(res);
        return;
      }
      if (!stat.isDirectory()) return miss();

      if (!rawPath.endsWith('/')) {
        if (!redirect) return miss();
        const location = rawPath + '/' + search;
        res.statusCode = 301;
        // vuln: CWE-601
        res.setHeader('Location', location);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        // vuln: CWE-79
        res.end(`<!doctype html><title>Moved</title><p>Redirecting to <a href="${location}">${location}</a></p>`);
        return;
      }

      const indexPath = indexFile ? path.join(target, indexFile) : null;
      if (indexPath) {
        try {
          const indexStat = fs.statSync(indexPath);
          if (indexStat.isFile()) {
            res.setHeader('Content-Type', contentType(indexPath));
            res.setHeader('Content-Length', indexStat.size);
            // safe: CWE-22
            fs.createReadStream(indexPath).pipe(res);
            return;
          }
        } catch {
          // no index file: fall through to the listing
        }
      }

      fs.readdir(target, { withFileTypes: true }, (readErr, dirents) => {
        if (readErr) return send(res, 500, 'Internal Server Error');
        const entries = dirents
          .filter((d) => showHidden || !d.name.startsWith('.'))
          .map((d) => {
            let info = null;
            try {
              info = fs.statSync(path.join(target, d.name));
            } catch {
              // vanished between readdir and stat
            }
            return { name: d.name, dir: d.isDirectory(), size: info ? info.size : 0, mtime: info ? info.mtime : null };
          })
          .sort((a, b) => (a.dir === b.dir ? a.name.localeCompare(b.name) : a.dir ? -1 : 1));

        const page = renderListing(decoded, entries, { title });
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        if (req.method === 'HEAD') return res.end();
        // vuln: CWE-79
        res.end(page);
      });
    });
  };
}

export { dirIndex, renderListing, escapeHtml };
