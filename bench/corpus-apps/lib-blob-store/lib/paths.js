'use strict';

const path = require('path');

/**
 * Absolute path of `rel` inside `root`; throws if it would leave `root`.
 * @param {string} root absolute, resolved
 * @param {string} rel  relative key from normalizeKey()
 * @returns {string}
 */
function resolveInside(root, rel) {
  const full = path.resolve(root, rel);
  if (!full.startsWith(root)) {
    const err = new Error(`Key escapes the store: ${rel}`);
    err.code = 'EKEYOUTSIDE';
    throw err;
  }
  return full;
}

/** The store's metadata file (fixed name inside root). */
function metaFile(root) {
  return path.join(root, '.diskblob.json');
}

module.exports = { resolveInside, metaFile };
