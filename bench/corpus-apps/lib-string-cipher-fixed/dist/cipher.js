"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const crypto_1 = __importDefault(require("crypto"));
const keys_1 = require("./keys");
const encoding_1 = require("./encoding");
const ALGORITHM = "aes-256-gcm";
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const DEFAULT_OPTIONS = {
    encoding: "base64url",
    aad: undefined,
};
class StringCipher {
    constructor(key, options = {}) {
        this.key = (0, keys_1.toKey)(key);
        this.options = Object.assign(Object.assign({}, DEFAULT_OPTIONS), options);
    }
    encrypt(value) {
        if (typeof value !== "string") {
            throw new TypeError("Value to encrypt must be a string");
        }
        // A fresh random nonce for every message; it is sent along with the ciphertext.
        const iv = crypto_1.default.randomBytes(IV_LENGTH);
        // safe: CWE-329
        const cipher = crypto_1.default.createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_LENGTH });
        if (this.options.aad !== undefined) {
            cipher.setAAD(Buffer.from(String(this.options.aad), "utf8"));
        }
        const ciphertext = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
        const tag = cipher.getAuthTag();
        return (0, encoding_1.joinParts)([
            (0, encoding_1.encode)(iv, this.options.encoding),
            (0, encoding_1.encode)(tag, this.options.encoding),
            (0, encoding_1.encode)(ciphertext, this.options.encoding),
        ]);
    }
    decrypt(payload) {
        const [ivPart, tagPart, dataPart] = (0, encoding_1.splitParts)(payload, 3);
        const iv = (0, encoding_1.decode)(ivPart, this.options.encoding);
        const tag = (0, encoding_1.decode)(tagPart, this.options.encoding);
        if (iv.length !== IV_LENGTH || tag.length !== TAG_LENGTH) {
            throw new Error("Malformed encrypted value");
        }
        const decipher = crypto_1.default.createDecipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_LENGTH });
        if (this.options.aad !== undefined) {
            decipher.setAAD(Buffer.from(String(this.options.aad), "utf8"));
        }
        decipher.setAuthTag(tag);
        const data = (0, encoding_1.decode)(dataPart, this.options.encoding);
        return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
    }
    encryptJSON(value) {
        return this.encrypt(JSON.stringify(value));
    }
    decryptJSON(payload) {
        return JSON.parse(this.decrypt(payload));
    }
}
exports.default = StringCipher;
//# sourceMappingURL=cipher.js.map
