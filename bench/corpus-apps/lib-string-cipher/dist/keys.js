"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.deriveIv = exports.generateKey = exports.toKey = exports.KEY_LENGTH = void 0;
const crypto_1 = __importDefault(require("crypto"));
exports.KEY_LENGTH = 32;
/**
 * Accept a 32-byte key as a Buffer, a 64-character hex string or a base64 string.
 */
function toKey(input) {
    let key;
    if (Buffer.isBuffer(input)) {
        key = Buffer.from(input);
    }
    else if (typeof input === "string" && /^[0-9a-fA-F]{64}$/.test(input)) {
        key = Buffer.from(input, "hex");
    }
    else if (typeof input === "string") {
        key = Buffer.from(input, "base64");
    }
    else {
        throw new TypeError("Key must be a Buffer or a string");
    }
    if (key.length !== exports.KEY_LENGTH) {
        throw new RangeError(`Key must be ${exports.KEY_LENGTH} bytes, got ${key.length}`);
    }
    return key;
}
exports.toKey = toKey;
function generateKey(encoding = "hex") {
    return crypto_1.default.randomBytes(exports.KEY_LENGTH).toString(encoding);
}
exports.generateKey = generateKey;
/**
 * Per-key nonce: the first bytes of HMAC-SHA256(key, "strcrypt:iv").
 */
function deriveIv(key, length) {
    return crypto_1.default.createHmac("sha256", key).update("strcrypt:iv").digest().subarray(0, length);
}
exports.deriveIv = deriveIv;
//# sourceMappingURL=keys.js.map
