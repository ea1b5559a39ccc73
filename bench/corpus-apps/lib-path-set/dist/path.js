"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isObject = exports.isPlainObject = exports.isValidKey = exports.toPath = exports.BLOCKED_KEYS = void 0;
exports.BLOCKED_KEYS = ['__proto__', 'constructor', 'prototype'];
/**
 * Turns a path into its keys.
 *   toPath('a.b\\.c.0')        -> ['a', 'b.c', '0']
 *   toPath(['a', 'b.c', 0])     -> ['a', 'b.c', 0]   (arrays are used as given)
 *   toPath('a/b', { separator: '/' }) -> ['a', 'b']
 */
function toPath(path, options = {}) {
    if (Array.isArray(path))
        return path.slice();
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
function isValidKey(key) {
    return !exports.BLOCKED_KEYS.includes(key);
}
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
