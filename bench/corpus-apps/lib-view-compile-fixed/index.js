'use strict';

const fs = require('fs');
const { compile, DEFAULTS } = require('./lib/compiler');

const cache = new Map();

/**
 * Compiles and renders a template string in one call.
 * @param {string} source
 * @param {object} data
 * @param {import('./lib/compiler').CompileOptions} [options]
 * @returns {string}
 */
function render(source, data, options) {
  return compile(source, options)(data);
}

/**
 * Reads, compiles (once per file and options) and renders a template file.
 * @param {string} file
 * @param {object} data
 * @param {import('./lib/compiler').CompileOptions} [options]
 * @param {(err: Error|null, html?: string) => void} callback
 */
function renderFile(file, data, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const key = `${file}\0${(options && options.variable) || ''}`;
  const cached = options && options.cache !== false ? cache.get(key) : undefined;
  if (cached) return process.nextTick(() => callback(null, cached(data)));
  fs.readFile(file, 'utf8', (err, source) => {
    if (err) return callback(err);
    let fn;
    try {
      fn = compile(source, options);
    } catch (e) {
      return callback(e);
    }
    if (!options || options.cache !== false) cache.set(key, fn);
    callback(null, fn(data));
  });
}

module.exports = { compile, render, renderFile, defaults: DEFAULTS, clearCache: () => cache.clear() };
