'use strict';

const { loadLocale, listLocales, builtinEnglish } = require('./lib/loader');
const { normalizeName, fallbackChain } = require('./lib/names');
const registry = require('./lib/registry');

const DEFAULTS = {
  dir: undefined,
  fallback: 'en',
};

/**
 * Returns the locale data for `name` (`"de"`, `"pt_BR"`, `"en-GB"`…), loading it from the
 * bundled `locale/` folder (or `options.dir`) the first time it is asked for. Regional names
 * fall back to their language (`"pt-br"` → `"pt"`) and finally to `options.fallback`.
 *
 * @param {string} name locale name, usually taken from `Accept-Language` or a user setting
 * @param {{ dir?: string, fallback?: string }} [options]
 * @returns {object} locale data
 */
function getLocale(name, options) {
  const opts = Object.assign({}, DEFAULTS, options);
  const chain = fallbackChain(normalizeName(name));
  for (const candidate of chain) {
    const cached = registry.get(candidate, opts.dir);
    if (cached) return cached;
    const data = loadLocale(candidate, opts);
    if (data) return registry.set(candidate, opts.dir, data);
  }
  const fallback = normalizeName(opts.fallback);
  return registry.get(fallback, opts.dir)
    || registry.set(fallback, opts.dir, loadLocale(fallback, opts) || builtinEnglish());
}

/**
 * Registers locale data at run time (for locales an application ships itself).
 * @param {string} name
 * @param {object} data
 */
function defineLocale(name, data) {
  if (!data || typeof data !== 'object') throw new TypeError('locale data must be an object');
  return registry.set(normalizeName(name), undefined, Object.freeze(Object.assign({}, data)));
}

/**
 * Names of the locales available in the bundled folder (or `dir`).
 * @param {string} [dir]
 * @returns {string[]}
 */
function locales(dir) {
  return listLocales(dir);
}

module.exports = { getLocale, defineLocale, locales, normalizeName };
