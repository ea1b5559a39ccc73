'use strict';

/** Objects and functions (anything that can hold properties). */
function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

/** `{}` literals, `Object.create(null)` and JSON.parse results. */
function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

module.exports = { isObjectLike, isPlainObject };
