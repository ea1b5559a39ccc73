'use strict';

const { isObjectLike, isPlainObject } = require('./is');
const { cloneDeep } = require('./clone');

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * Copies into `target` every property of `source` that `target` lacks, and recurses where both
 * sides hold objects.
 * @param {object} target
 * @param {object} source
 * @param {number} depth
 * @param {import('../index').FillOptions} o
 * @returns {object} target
 */
function fill(target, source, depth, o) {
  if (depth > o.maxDepth) return target;
  for (const key of Object.keys(source)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const value = source[key];
    const current = hasOwn(target, key) ? target[key] : undefined;
    if (current === undefined || (current === null && o.nullIsMissing)) {
      // safe: CWE-1321
      target[key] = o.clone ? cloneDeep(value) : value;
    } else if (isObjectLike(current) && !Array.isArray(current) && isPlainObject(value)) {
      fill(current, value, depth + 1, o);
    }
  }
  return target;
}

module.exports = { fill };
