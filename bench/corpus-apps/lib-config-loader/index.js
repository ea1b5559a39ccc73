'use strict';

const fs = require('fs');
const path = require('path');
const { parseText, parseAllText, formatOf, stringify } = require('./lib/formats');
const { candidates } = require('./lib/search');

/**
 * @typedef {object} LoadOptions
 * @property {'yaml'|'json'} [format] force a format instead of guessing it from the extension
 * @property {boolean} [interpolate]  replace ${VAR} with process.env.VAR (default true)
 * @property {object}  [defaults]     shallow defaults for top-level keys
 */

const DEFAULTS = { interpolate: true, defaults: {} };

/**
 * Parses one YAML or JSON document.
 * @param {string} text
 * @param {LoadOptions & { filename?: string }} [options]
 * @returns {object}
 */
function parse(text, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const data = parseText(String(text), o.format || formatOf(o.filename), o);
  return { ...o.defaults, ...(data || {}) };
}

/**
 * Parses a multi-document YAML stream ("---" separated) into an array.
 * @param {string} text
 * @param {LoadOptions} [options]
 * @returns {object[]}
 */
function parseAll(text, options = {}) {
  return parseAllText(String(text), { ...DEFAULTS, ...options });
}

/**
 * Reads and parses a config file.
 * @param {string} file
 * @param {LoadOptions} [options]
 * @returns {Promise<object>}
 */
async function load(file, options = {}) {
  const text = await fs.promises.readFile(file, 'utf8');
  return parse(text, { ...options, filename: file });
}

/**
 * Looks for `.<app>rc`, `.<app>rc.yml`, `<app>.config.yaml`, … from `cwd` up to the root and
 * loads the first one found.
 * @param {string} appName
 * @param {LoadOptions & { cwd?: string }} [options]
 * @returns {Promise<{ file: string, config: object } | null>}
 */
async function search(appName, options = {}) {
  for (const file of candidates(appName, path.resolve(options.cwd || process.cwd()))) {
    try {
      return { file, config: await load(file, options) };
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  return null;
}

module.exports = { parse, parseAll, load, search, stringify };
