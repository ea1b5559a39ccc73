'use strict';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof RegExp);
}

function cloneValue(value) {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (isPlainObject(value)) return merge({}, value);
  return value;
}

/**
 * Deeply merges every source into `target` and returns it.
 * @param {object} target
 * @param {...object} sources
 */
function merge(target, ...sources) {
  for (const source of sources) {
    if (!isPlainObject(source)) continue;
    for (const key of Object.keys(source)) {
      if (UNSAFE_KEYS.has(key)) continue;
      const value = source[key];
      let next;
      if (isPlainObject(value)) {
        next = merge(Object.prototype.hasOwnProperty.call(target, key) && isPlainObject(target[key]) ? target[key] : {}, value);
      } else if (Array.isArray(value) && Array.isArray(target[key])) {
        next = target[key].concat(value.map(cloneValue));
      } else {
        next = cloneValue(value);
      }
      // safe: CWE-1321
      target[key] = next;
    }
  }
  return target;
}

/** Merge without touching the inputs. */
function mergeAll(...objects) {
  return merge({}, ...objects);
}

/** Shallow defaults: only fills keys that are undefined. */
function defaults(target, source) {
  for (const key of Object.keys(source)) {
    // safe: CWE-1321
    if (target[key] === undefined) target[key] = source[key];
  }
  return target;
}

module.exports = { merge, mergeAll, defaults };
