"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.decrypt = exports.encrypt = exports.create = exports.generateKey = exports.StringCipher = void 0;
const cipher_1 = __importDefault(require("./cipher"));
exports.StringCipher = cipher_1.default;
var keys_1 = require("./keys");
Object.defineProperty(exports, "generateKey", { enumerable: true, get: function () { return keys_1.generateKey; } });
const cache = new Map();
/**
 * Factory for `new StringCipher(key, options)`.
 */
function create(key, options) {
    return new cipher_1.default(key, options);
}
exports.create = create;
function cached(key) {
    const id = Buffer.isBuffer(key) ? key.toString("hex") : String(key);
    let instance = cache.get(id);
    if (!instance) {
        instance = new cipher_1.default(key);
        cache.set(id, instance);
    }
    return instance;
}
/**
 * One-shot helpers with default options.
 */
function encrypt(key, value) {
    return cached(key).encrypt(value);
}
exports.encrypt = encrypt;
function decrypt(key, payload) {
    return cached(key).decrypt(payload);
}
exports.decrypt = decrypt;
exports.default = cipher_1.default;
//# sourceMappingURL=index.js.map
