'use strict';

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/**
 * `{ a: { b: 1 } }` → `{ 'a.b': 1 }`.
 * @param {object} target
 * @param {{ delimiter?: string, maxDepth?: number }} [opts]
 */
function flatten(target, opts = {}) {
  const delimiter = opts.delimiter || '.';
  const maxDepth = opts.maxDepth || Infinity;
  const output = {};
  const step = (object, prefix, depth) => {
    for (const key of Object.keys(object)) {
      const value = object[key];
      const next = prefix ? prefix + delimiter + key : key;
      if (isObject(value) && Object.keys(value).length && depth < maxDepth) {
        step(value, next, depth + 1);
      } else {
        // safe: CWE-1321
        output[next] = value;
      }
    }
  };
  step(target, '', 1);
  return output;
}

/**
 * `{ 'a.b': 1 }` → `{ a: { b: 1 } }`. Often fed with form fields or query strings.
 * @param {object} target
 * @param {{ delimiter?: string, overwrite?: boolean }} [opts]
 */
function unflatten(target, opts = {}) {
  const delimiter = opts.delimiter || '.';
  const result = {};
  for (const key of Object.keys(target)) {
    const parts = key.split(delimiter);
    let cursor = result;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i];
      // vuln: CWE-1321
      if (!isObject(cursor[part]) || opts.overwrite) cursor[part] = {};
      cursor = cursor[part];
    }
    // vuln: CWE-1321
    cursor[parts[parts.length - 1]] = target[key];
  }
  return result;
}

module.exports = { flatten, unflatten };
