function isObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a segment that would walk into an object's prototype. */
export function isUnsafeKey(key) {
  return UNSAFE_KEYS.has(key);
}

/**
 * Reads `a.b.c` from `object`, following own properties only.
 * @param {object} object
 * @param {string[]} keys
 */
export function getPath(object, keys) {
  let node = object;
  for (const key of keys) {
    if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Sets `a.b.c` on `object`, creating intermediate objects (an intermediate that holds a string
 * or number is replaced: `--a=1 --a.b=2` gives `{ a: { b: 2 } }`). Paths with a `__proto__`,
 * `constructor` or `prototype` segment are ignored.
 * @param {object} object
 * @param {string[]} keys
 * @param {unknown} value
 */
export function setPath(object, keys, value) {
  if (keys.some(isUnsafeKey)) return object;
  let node = object;
  const last = keys.length - 1;
  for (let i = 0; i <= last; i++) {
    const key = keys[i];
    const own = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    const next = i === last ? value : isObject(own) ? own : {};
    // safe: CWE-1321
    node[key] = next;
    node = next;
  }
  return object;
}
