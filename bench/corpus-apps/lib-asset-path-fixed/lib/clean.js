'use strict';

const path = require('path');

/**
 * Normalises a request or caller path into a path relative to the asset root:
 * decodes it, drops the query string, "../" segments and leading slashes.
 *   cleanPath('/css/../app.css?v=3') -> 'css/app.css'
 */
function cleanPath(p) {
  let rel = String(p).split('?')[0].split('#')[0];
  try {
    rel = decodeURIComponent(rel);
  } catch (_) {
    return null;
  }
  if (rel.indexOf('\0') !== -1) return null;
  return rel.replace(/\.\.\//g, '').replace(/^\/+/, '');
}

/**
 * Resolves `rel` below `base` (an absolute, resolved directory) and returns the absolute path,
 * or null when the result is not `base` itself or inside it.
 */
function resolveInside(base, rel) {
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

module.exports = { cleanPath, resolveInside };
