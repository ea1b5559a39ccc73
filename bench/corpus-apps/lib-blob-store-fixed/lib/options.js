'use strict';

const path = require('path');

/**
 * @typedef {object} StoreOptions
 * @property {number} [maxSize]   largest blob accepted by put(), in bytes (default 25 MiB)
 * @property {number} [fileMode]  mode of written files (default 0o640)
 * @property {boolean} [overwrite] allow put() to replace an existing key (default true)
 */

/**
 * @param {string} root
 * @param {StoreOptions} [options]
 * @returns {{ root: string, maxSize: number, fileMode: number, overwrite: boolean }}
 */
function normalizeStoreOptions(root, options = {}) {
  if (typeof root !== 'string' || !root) throw new TypeError('root must be a non-empty path');
  return {
    root: path.resolve(root),
    maxSize: Number.isInteger(options.maxSize) && options.maxSize > 0 ? options.maxSize : 25 * 1024 * 1024,
    fileMode: Number.isInteger(options.fileMode) ? options.fileMode : 0o640,
    overwrite: options.overwrite !== false,
  };
}

module.exports = { normalizeStoreOptions };
