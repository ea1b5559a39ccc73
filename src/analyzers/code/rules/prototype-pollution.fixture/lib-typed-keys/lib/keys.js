"use strict";
// Compiled TypeScript: key checks another module of the package calls through `keys_1.…`.
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPropertyKey = exports.isListedKey = exports.isNamedKey = exports.toKeys = exports.BLOCKED_KEYS = void 0;
exports.BLOCKED_KEYS = ['__proto__', 'constructor', 'prototype'];
/** A path as keys: an array is used as given (its items may be arrays or objects), a string is split. */
function toKeys(path) {
    return Array.isArray(path) ? path.slice() : String(path).split('.');
}
exports.toKeys = toKeys;
/** Compares the key as the property name a write would use: an array `['__proto__']` is `'__proto__'` here too. */
function isNamedKey(key) {
    return typeof key === 'symbol' || !exports.BLOCKED_KEYS.includes(String(key));
}
exports.isNamedKey = isNamedKey;
/** Compares the key as it is: `['__proto__']` is not in the list, yet `obj[key]` writes `__proto__`. */
function isListedKey(key) {
    return !exports.BLOCKED_KEYS.includes(key);
}
exports.isListedKey = isListedKey;
/** The same coerced comparison, spelled with `===` on `String(key)`. */
function isPropertyKey(key) {
    return String(key) !== '__proto__' && String(key) !== 'constructor' && String(key) !== 'prototype';
}
exports.isPropertyKey = isPropertyKey;
