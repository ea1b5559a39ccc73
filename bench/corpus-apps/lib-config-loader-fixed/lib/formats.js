'use strict';

const path = require('path');
const yaml = require('js-yaml');

const ENV_REF = /\$\{([A-Z_][A-Z0-9_]*)\}/g;

/** 'json' for *.json, otherwise 'yaml' (YAML is a superset of JSON). */
function formatOf(filename) {
  return filename && path.extname(filename).toLowerCase() === '.json' ? 'json' : 'yaml';
}

function interpolate(text, o) {
  if (!o.interpolate) return text;
  return text.replace(ENV_REF, (whole, name) => (process.env[name] !== undefined ? process.env[name] : ''));
}

/**
 * @param {string} text
 * @param {'yaml'|'json'} format
 * @param {{ interpolate: boolean, filename?: string }} o
 */
function parseText(text, format, o) {
  const source = interpolate(text, o);
  if (format === 'json') {
    // safe: CWE-502
    return JSON.parse(source);
  }
  // safe: CWE-502
  return yaml.safeLoad(source, { filename: o.filename });
}

/**
 * @param {string} text
 * @param {{ interpolate: boolean }} o
 * @returns {object[]}
 */
function parseAllText(text, o) {
  const docs = [];
  // safe: CWE-502
  yaml.safeLoadAll(interpolate(text, o), (doc) => docs.push(doc));
  return docs.filter((doc) => doc !== null && doc !== undefined);
}

/** Serializes a config object back to YAML. */
function stringify(config) {
  return yaml.safeDump(config, { indent: 2, skipInvalid: true });
}

module.exports = { formatOf, parseText, parseAllText, stringify };
