'use strict';

const os = require('os');

/**
 * @typedef {object} FormOptions
 * @property {number} [depth]        deepest bracket level kept as nesting (default 5);
 *   deeper brackets stay part of the last key
 * @property {number} [arrayLimit]   highest numeric index turned into an array slot (default 100)
 * @property {number} [maxFields]    default 1000
 * @property {number} [maxFiles]     default 10
 * @property {number} [maxFileSize]  bytes, default 10 MiB
 * @property {string} [tmpDir]       where uploads are written (default the OS temp folder)
 */

function positiveInt(value, fallback) {
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** @param {FormOptions} [options] */
function normalizeOptions(options = {}) {
  return {
    depth: positiveInt(options.depth, 5),
    arrayLimit: positiveInt(options.arrayLimit, 100),
    maxFields: positiveInt(options.maxFields, 1000),
    maxFiles: positiveInt(options.maxFiles, 10),
    maxFileSize: positiveInt(options.maxFileSize, 10 * 1024 * 1024),
    tmpDir: typeof options.tmpDir === 'string' && options.tmpDir ? options.tmpDir : os.tmpdir(),
  };
}

module.exports = { normalizeOptions };
