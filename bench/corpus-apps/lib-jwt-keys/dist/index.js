"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decode = exports.verify = exports.sign = void 0;
const verify_1 = require("./verify");
Object.defineProperty(exports, "verify", { enumerable: true, get: function () { return verify_1.verify; } });
const sign_1 = require("./sign");
Object.defineProperty(exports, "sign", { enumerable: true, get: function () { return sign_1.sign; } });
const jws_1 = require("./jws");
/**
 * Splits a token without checking anything (for logging or picking a key by `kid`).
 * Never use the result for authorization: call {@link verify}.
 */
function decode(token) {
    try {
        const parts = (0, jws_1.split)(token);
        return { header: parts.header, payload: parts.payload };
    }
    catch (_a) {
        return null;
    }
}
exports.decode = decode;
