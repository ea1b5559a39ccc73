'use strict';

const { fill } = require('./lib/fill');
const { cloneDeep } = require('./lib/clone');

/**
 * @typedef {object} FillOptions
 * @property {boolean} [clone]         copy filled-in objects instead of sharing them (default true)
 * @property {boolean} [nullIsMissing] treat `null` in the target as missing
 * @property {number}  [maxDepth]      stop recursing below this depth (default 32)
 */

const OPTIONS = { clone: true, nullIsMissing: false, maxDepth: 32 };

/**
 * Fills missing nested properties of `target` from each source in turn; mutates and returns `target`.
 * @template T
 * @param {T} target
 * @param {...object} sources
 * @returns {T}
 */
function defaultsDeep(target, ...sources) {
  if (target === null || target === undefined) throw new TypeError('target must be an object');
  for (const source of sources) {
    if (source !== null && typeof source === 'object') fill(target, source, 0, OPTIONS);
  }
  return target;
}

/**
 * Shallow variant: copies a source property only when `target[key]` is undefined.
 * @template T
 * @param {T} target
 * @param {...object} sources
 * @returns {T}
 */
function defaults(target, ...sources) {
  for (const source of sources) {
    if (!source) continue;
    for (const key of Object.keys(source)) {
      // safe: CWE-1321
      if (target[key] === undefined) target[key] = source[key];
    }
  }
  return target;
}

/**
 * Returns a function that fills an options object from fixed defaults, without mutating either.
 * @param {object} base
 * @param {FillOptions} [options]
 * @returns {(options?: object) => object}
 */
function withDefaults(base, options = {}) {
  const o = { ...OPTIONS, ...options };
  return (given) => fill(cloneDeep(given || {}), base, 0, o);
}

module.exports = { defaultsDeep, defaults, withDefaults, cloneDeep };
