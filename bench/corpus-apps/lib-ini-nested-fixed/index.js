'use strict';

const { parse } = require('./lib/parse');
const { stringify } = require('./lib/stringify');
const { unquote, safeQuote } = require('./lib/value');

/**
 * Reads an INI file's text into an object.
 *
 *   [database]
 *   host = localhost
 *   [server.http]
 *   port = 8080
 *
 * gives `{ database: { host: 'localhost' }, server: { http: { port: '8080' } } }`.
 *
 * @param {string} text
 * @param {import('./lib/parse').ParseOptions} [options]
 * @returns {Record<string, any>}
 */
function decode(text, options) {
  return parse(String(text), options);
}

/**
 * Serialises an object back to INI text.
 * @param {Record<string, any>} object
 * @param {import('./lib/stringify').StringifyOptions} [options]
 * @returns {string}
 */
function encode(object, options) {
  return stringify(object, options);
}

module.exports = {
  decode,
  encode,
  parse: decode,
  stringify: encode,
  unsafe: unquote,
  safe: safeQuote,
};
