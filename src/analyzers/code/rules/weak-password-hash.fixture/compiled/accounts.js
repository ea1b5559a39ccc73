"use strict";
// TypeScript's CommonJS output: calls to imported functions are `(0, module_1.fn)(…)`.
Object.defineProperty(exports, "__esModule", { value: true });
exports.hashPassword = hashPassword;
exports.fingerprint = fingerprint;
const crypto_1 = require("crypto");
function hashPassword(password) {
    // ruleid: js/weak-password-hash
    return (0, crypto_1.createHash)('md5').update(password).digest('hex');
}
function fingerprint(fileContents) {
    // ok: js/weak-password-hash
    return (0, crypto_1.createHash)('sha1').update(fileContents).digest('hex');
}
