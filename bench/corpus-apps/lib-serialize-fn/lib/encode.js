'use strict';

const { TAGS, tagOf } = require('./tags');

/**
 * Turns a value into JSON-compatible data with tagged objects for the extra types.
 * @param {unknown} value
 * @param {WeakSet<object>} [seen]
 * @returns {unknown}
 */
function encode(value, seen = new WeakSet()) {
  if (value === undefined) return { [TAGS.UNDEFINED]: 1 };
  if (typeof value === 'bigint') return { [TAGS.BIGINT]: value.toString() };
  if (typeof value === 'function') return { [TAGS.FUNCTION]: value.toString() };
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) throw new TypeError('Cannot serialise a circular structure');
  seen.add(value);
  try {
    if (value instanceof Date) return { [TAGS.DATE]: value.toISOString() };
    if (value instanceof Map) return { [TAGS.MAP]: Array.from(value, ([k, v]) => [encode(k, seen), encode(v, seen)]) };
    if (value instanceof Set) return { [TAGS.SET]: Array.from(value, (v) => encode(v, seen)) };
    if (Array.isArray(value)) return value.map((v) => encode(v, seen));
    const out = {};
    for (const key of Object.keys(value)) out[key] = encode(value[key], seen);
    return tagOf(out) ? { [TAGS.ESCAPED]: out } : out;
  } finally {
    seen.delete(value);
  }
}

module.exports = { encode };
