'use strict';

const fs = require('fs');
const path = require('path');

const BUNDLED_DIR = path.join(__dirname, '..', 'locale');

/**
 * Path of the module holding a locale's data.
 * @param {string} dir
 * @param {string} name
 */
function localeFile(dir, name) {
  return path.join(dir, `${name}.js`);
}

/**
 * Loads one locale module; returns null when the folder has no such locale.
 * @param {string} name normalised locale name
 * @param {{ dir?: string }} [options]
 * @returns {object|null}
 */
function loadLocale(name, options = {}) {
  if (!name) return null;
  const dir = options.dir ? path.resolve(options.dir) : BUNDLED_DIR;
  const file = localeFile(dir, name);
  if (!fs.existsSync(file)) return null;
  // vuln: CWE-22
  const data = require(file);
  return data && typeof data === 'object' ? data : null;
}

/**
 * Locale names present in `dir` (default: the bundled folder).
 * @param {string} [dir]
 * @returns {string[]}
 */
function listLocales(dir) {
  const folder = dir ? path.resolve(dir) : BUNDLED_DIR;
  return fs.readdirSync(folder)
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The English data shipped with the package, used when nothing else is found. */
function builtinEnglish() {
  return require(path.join(BUNDLED_DIR, 'en.js'));
}

module.exports = { loadLocale, listLocales, builtinEnglish, BUNDLED_DIR };
