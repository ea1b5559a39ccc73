'use strict';

/**
 * Turns a caller's key ("invoices/2024/07.pdf", "/avatars\\u1.png") into a relative POSIX path.
 * @param {string} key
 * @returns {string}
 */
function normalizeKey(key) {
  if (typeof key !== 'string' || key.length === 0) throw new TypeError('key must be a non-empty string');
  if (key.includes('\0')) throw new TypeError('key must not contain NUL bytes');
  const rel = key.replace(/\\/g, '/').replace(/^\/+/, '').replace(/\/{2,}/g, '/');
  if (!rel || rel.endsWith('/')) throw new TypeError(`Invalid key "${key}"`);
  return rel;
}

/**
 * Whether a file name found on disk is a blob (and not the store's own bookkeeping).
 * @param {string} name
 */
function isBlobName(name) {
  return !name.startsWith('.diskblob');
}

module.exports = { normalizeKey, isBlobName };
