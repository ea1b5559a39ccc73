"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isObject = exports.isPlainObject = exports.isValidKey = exports.toKey = exports.toPath = exports.BLOCKED_KEYS = void 0;
exports.BLOCKED_KEYS = ['__proto__', 'constructor', 'prototype'];
/**
 * Turns a path into its keys.
 *   toPath('a.b\\.c.0')        -> ['a', 'b.c', '0']
 *   toPath(['a', 'b.c', 0])     -> ['a', 'b.c', 0]   (arrays are used as given)
 *   toPath('a/b', { separator: '/' }) -> ['a', 'b']
 */
function toPath(path, options = {}) {
    if (Array.isArray(path))
        return path.map(toKey);
    if (typeof path === 'number' || typeof path === 'symbol')
        return [path];
    if (typeof path !== 'string')
        throw new TypeError(`keypath-set: expected a string or an array, got ${typeof path}`);
    const separator = options.separator || '.';
    const keys = [];
    let current = '';
    for (let i = 0; i < path.length; i++) {
        const ch = path[i];
        if (ch === '\\' && path[i + 1] === separator) {
            current += separator;
            i++;
        }
        else if (ch === separator) {
            keys.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    keys.push(current);
    return keys;
}
exports.toPath = toPath;
/**
 * Array paths may only hold strings, numbers and symbols: anything else (an array, an object
 * with `toString`) would be converted to a different property name when used as a key.
 */
function toKey(key) {
    if (typeof key === 'string' || typeof key === 'symbol')
        return key;
    if (typeof key === 'number' && Number.isFinite(key))
        return String(key);
    throw new TypeError(`keypath-set: invalid key of type ${Array.isArray(key) ? 'array' : typeof key}`);
}
function isValidKey(key) {
    return typeof key === 'symbol' || !exports.BLOCKED_KEYS.includes(String(key));
}
exports.toKey = toKey;
exports.isValidKey = isValidKey;
function isPlainObject(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === null || proto === Object.prototype;
}
exports.isPlainObject = isPlainObject;
function isObject(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function');
}
exports.isObject = isObject;
