'use strict';

const { encode } = require('./lib/encode');
const { revive } = require('./lib/revive');

/**
 * Serialises a value to a JSON string, keeping types JSON cannot express.
 * @param {unknown} value
 * @param {{ space?: number }} [options]
 * @returns {string}
 */
function serialize(value, options = {}) {
  return JSON.stringify(encode(value), null, options.space);
}

/**
 * Reads a string produced by `serialize()` (a cookie, a cache entry, a job payload…).
 * @param {string} text
 * @returns {unknown}
 */
function deserialize(text) {
  return revive(JSON.parse(String(text)));
}

/** Deep copy through serialize/deserialize. */
function clone(value) {
  return deserialize(serialize(value));
}

module.exports = { serialize, deserialize, clone };
