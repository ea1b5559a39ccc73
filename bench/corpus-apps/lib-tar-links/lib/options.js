'use strict';

const path = require('path');

/**
 * @typedef {object} ExtractOptions
 * @property {number} [strip]     leading path components to drop (like `tar --strip-components`)
 * @property {(name: string, header: object) => boolean} [filter]  return false to skip an entry
 * @property {boolean} [keepLinks] recreate symlinks and hard links (default true)
 * @property {number} [fmode]     bits cleared from file modes (default 0o022)
 * @property {number} [dmode]     bits cleared from directory modes (default 0o022)
 */

/**
 * @param {string} dest
 * @param {ExtractOptions} [options]
 */
function normalizeOptions(dest, options = {}) {
  if (typeof dest !== 'string' || !dest) throw new TypeError('dest must be a path');
  return {
    dest: path.resolve(dest),
    strip: Number.isInteger(options.strip) && options.strip > 0 ? options.strip : 0,
    filter: typeof options.filter === 'function' ? options.filter : () => true,
    keepLinks: options.keepLinks !== false,
    fmode: Number.isInteger(options.fmode) ? options.fmode : 0o022,
    dmode: Number.isInteger(options.dmode) ? options.dmode : 0o022,
  };
}

module.exports = { normalizeOptions };
