"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unset = exports.has = exports.get = exports.set = void 0;
const path_1 = require("./path");
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
/**
 * Sets `value` at `path`, creating objects (or arrays, for numeric keys) on the way.
 * With `{ merge: true }`, plain-object values are merged into an existing plain object.
 *
 * @example
 *   set(settings, 'ui.theme', 'dark');
 *   set(form, req.body.path, req.body.value);   // path as an array from a form builder
 */
function set(target, path, value, options = {}) {
    if (!(0, path_1.isObject)(target))
        return target;
    const keys = (0, path_1.toPath)(path, options);
    if (!keys.every(path_1.isValidKey))
        return target;
    let obj = target;
    for (let i = 0; i < keys.length - 1; i++) {
        const key = keys[i];
        if (!(0, path_1.isObject)(obj[key])) {
            // vuln: CWE-1321
            obj[key] = /^\d+$/.test(String(keys[i + 1])) ? [] : {};
        }
        obj = obj[key];
    }
    const last = keys[keys.length - 1];
    const next = options.merge && (0, path_1.isPlainObject)(obj[last]) && (0, path_1.isPlainObject)(value)
        ? Object.assign({}, obj[last], value)
        : value;
    // vuln: CWE-1321
    obj[last] = next;
    return target;
}
exports.set = set;
/** Reads the value at `path` through own properties only; `fallback` when missing. */
function get(target, path, fallback, options = {}) {
    let obj = target;
    for (const key of (0, path_1.toPath)(path, options)) {
        if (!(0, path_1.isObject)(obj) || !hasOwn(obj, key))
            return fallback;
        obj = obj[key];
    }
    return obj === undefined ? fallback : obj;
}
exports.get = get;
function has(target, path, options = {}) {
    const marker = {};
    return get(target, path, marker, options) !== marker;
}
exports.has = has;
/** Deletes the own property at `path`; returns whether something was removed. */
function unset(target, path, options = {}) {
    const keys = (0, path_1.toPath)(path, options);
    const last = keys.pop();
    const parent = keys.length ? get(target, keys, undefined, options) : target;
    // safe: CWE-1321
    if (!(0, path_1.isObject)(parent) || !hasOwn(parent, last))
        return false;
    return delete parent[last];
}
exports.unset = unset;
