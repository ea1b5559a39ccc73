"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setListed = exports.setCoerced = exports.setNamed = void 0;
const keys_1 = require("./keys");
/** Sets `value` at `path` (a dotted string, or an array of keys from a JSON body). */
function setNamed(target, path, value) {
    const keys = (0, keys_1.toKeys)(path);
    if (!keys.every(keys_1.isNamedKey))
        return target;
    let obj = target;
    for (let i = 0; i < keys.length - 1; i++) {
        const key = keys[i];
        if (typeof obj[key] !== 'object' || obj[key] === null) {
            // ok: js/prototype-pollution
            obj[key] = /^\d+$/.test(String(keys[i + 1])) ? [] : {};
        }
        obj = obj[key];
    }
    // ok: js/prototype-pollution
    obj[keys[keys.length - 1]] = value;
    return target;
}
exports.setNamed = setNamed;
function setCoerced(target, path, value) {
    const keys = (0, keys_1.toKeys)(path);
    if (!keys.every(keys_1.isPropertyKey))
        return target;
    let obj = target;
    for (let i = 0; i < keys.length - 1; i++) {
        const key = keys[i];
        if (typeof obj[key] !== 'object' || obj[key] === null) {
            // ok: js/prototype-pollution
            obj[key] = /^\d+$/.test(String(keys[i + 1])) ? [] : {};
        }
        obj = obj[key];
    }
    // ok: js/prototype-pollution
    obj[keys[keys.length - 1]] = value;
    return target;
}
exports.setCoerced = setCoerced;
function setListed(target, path, value) {
    const keys = (0, keys_1.toKeys)(path);
    if (!keys.every(keys_1.isListedKey))
        return target;
    let obj = target;
    for (let i = 0; i < keys.length - 1; i++) {
        const key = keys[i];
        if (typeof obj[key] !== 'object' || obj[key] === null) {
            // ruleid: js/prototype-pollution
            obj[key] = /^\d+$/.test(String(keys[i + 1])) ? [] : {};
        }
        obj = obj[key];
    }
    // ruleid: js/prototype-pollution
    obj[keys[keys.length - 1]] = value;
    return target;
}
exports.setListed = setListed;
