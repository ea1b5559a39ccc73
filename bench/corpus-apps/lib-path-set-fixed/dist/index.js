"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expand = exports.toPath = exports.unset = exports.has = exports.get = exports.set = void 0;
const set_1 = require("./set");
Object.defineProperty(exports, "set", { enumerable: true, get: function () { return set_1.set; } });
Object.defineProperty(exports, "get", { enumerable: true, get: function () { return set_1.get; } });
Object.defineProperty(exports, "has", { enumerable: true, get: function () { return set_1.has; } });
Object.defineProperty(exports, "unset", { enumerable: true, get: function () { return set_1.unset; } });
const path_1 = require("./path");
Object.defineProperty(exports, "toPath", { enumerable: true, get: function () { return path_1.toPath; } });
/**
 * Builds a nested object from flat `{ 'a.b': 1, 'a.c': 2 }` entries (query strings, env files).
 * Keys are strings, so every segment goes through the blocked-key check in `set`.
 */
function expand(flat, options = {}) {
    const out = {};
    for (const key of Object.keys(flat)) {
        (0, set_1.set)(out, String(key), flat[key], options);
    }
    return out;
}
exports.expand = expand;
exports.default = { set: set_1.set, get: set_1.get, has: set_1.has, unset: set_1.unset, toPath: path_1.toPath, expand };
