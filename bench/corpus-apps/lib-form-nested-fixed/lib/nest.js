'use strict';

const { splitKey, isArraySegment, isAllowedSegment } = require('./keys');
const { normalizeOptions } = require('./options');

function isContainer(value) {
  return value !== null && typeof value === 'object';
}

/**
 * Stores `value` at the path `segments` inside `target`, creating objects and arrays on the
 * way; an empty segment on an array appends. Paths containing `__proto__`, `constructor` or
 * `prototype` are ignored (the field is dropped).
 * @param {object} target
 * @param {string[]} segments
 * @param {unknown} value
 * @param {{ arrayLimit: number }} opts
 */
function setPath(target, segments, value, opts) {
  if (!segments.every(isAllowedSegment)) return;
  let node = target;
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const isLast = i === segments.length - 1;
    let next;
    if (isLast) {
      next = value;
    } else if (isContainer(node[key])) {
      next = node[key];
    } else {
      next = isArraySegment(segments[i + 1], opts.arrayLimit) ? [] : {};
    }
    if (key === '' && Array.isArray(node)) {
      node.push(next);
    } else if (node[key] !== next) {
      // safe: CWE-1321
      node[key] = next;
    }
    node = next;
  }
}

/**
 * Builds the nested object for a list of `[name, value]` pairs (form entries in order).
 * A repeated plain name collects its values into an array.
 *
 * @param {Iterable<[string, unknown]>} pairs
 * @param {import('./options').FormOptions} [options]
 * @returns {object}
 */
function nestFields(pairs, options) {
  const opts = normalizeOptions(options);
  const result = {};
  for (const [name, value] of pairs) {
    const segments = splitKey(name, opts.depth);
    if (segments.length === 1) {
      const key = segments[0];
      if (Object.prototype.hasOwnProperty.call(result, key)) {
        result[key] = [].concat(result[key], value);
        continue;
      }
    }
    setPath(result, segments, value, opts);
  }
  return result;
}

module.exports = { nestFields, setPath };
