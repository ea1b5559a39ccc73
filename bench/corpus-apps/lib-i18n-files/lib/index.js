'use strict';

const fs = require('fs');
const path = require('path');

const cache = new Map();

function format(message, params) {
  return String(message).replace(/\{(\w+)\}/g, (whole, key) => (params && key in params ? String(params[key]) : whole));
}

/**
 * Reads `<directory>/<locale>.json` (cached).
 * @param {string} directory  folder holding the catalogues
 * @param {string} locale     e.g. `en`, `pt-BR` — usually taken from Accept-Language or a cookie
 */
function loadCatalog(directory, locale) {
  const key = `${directory}\u0000${locale}`;
  if (!cache.has(key)) {
    const file = path.join(directory, `${locale}.json`);
    // vuln: CWE-22
    cache.set(key, JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  return cache.get(key);
}

/** Lists the locales available in `directory`. */
function availableLocales(directory) {
  // safe: CWE-22
  return fs.readdirSync(directory).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
}

function createTranslator(directory, locale, fallback = 'en') {
  const primary = loadCatalog(directory, locale);
  const backup = locale === fallback ? primary : loadCatalog(directory, fallback);
  return (id, params) => format(primary[id] ?? backup[id] ?? id, params);
}

module.exports = { loadCatalog, availableLocales, createTranslator, format };
