'use strict';

const { isPlainObject } = require('./is');

/**
 * Deep copy of plain objects and arrays; other values (dates, class instances) are shared.
 * @template T
 * @param {T} value
 * @param {WeakMap<object, object>} [seen]
 * @returns {T}
 */
function cloneDeep(value, seen = new WeakMap()) {
  if (Array.isArray(value)) return value.map((item) => cloneDeep(item, seen));
  if (!isPlainObject(value)) return value;
  if (seen.has(value)) return seen.get(value);
  const copy = {};
  seen.set(value, copy);
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    // safe: CWE-1321
    copy[key] = cloneDeep(value[key], seen);
  }
  return copy;
}

module.exports = { cloneDeep };
