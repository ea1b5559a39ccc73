'use strict';

const DEFAULT_SEPARATOR = ':';

// Keys that would reach Object.prototype (directly or through a constructor) when written.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isUnsafeKey(part) {
  return UNSAFE_KEYS.has(part);
}

/**
 * Splits a key ("db:replica:host") into its parts. An empty key addresses the whole store.
 */
function path(key, separator = DEFAULT_SEPARATOR) {
  if (key === undefined || key === null || key === '') return [];
  return String(key)
    .split(separator)
    .filter((part) => part.length > 0);
}

function key(...parts) {
  return parts.filter((p) => p !== undefined && p !== null && p !== '').join(DEFAULT_SEPARATOR);
}

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/**
 * Turns "true", "false", "null" and decimal strings from argv / env into real values.
 */
function coerce(value) {
  if (typeof value !== 'string') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (/^-?\d{1,15}(\.\d{1,15})?$/.test(value)) return Number(value);
  return value;
}

module.exports = { DEFAULT_SEPARATOR, path, key, isPlainObject, isUnsafeKey, coerce };
