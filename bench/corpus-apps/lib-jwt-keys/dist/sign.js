"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sign = void 0;
const jws_1 = require("./jws");
/**
 * @example
 *   const token = sign({ sub: user.id }, privatePem, { algorithm: 'RS256', expiresIn: 900, keyid: 'k1' });
 */
function sign(payload, key, options = {}) {
    const alg = options.algorithm || 'HS256';
    const header = { alg, typ: 'JWT' };
    if (options.keyid)
        header.kid = options.keyid;
    const now = Math.floor(Date.now() / 1000);
    const body = Object.assign({ iat: now }, payload);
    if (options.expiresIn)
        body.exp = now + options.expiresIn;
    const signingInput = `${(0, jws_1.b64url)(JSON.stringify(header))}.${(0, jws_1.b64url)(JSON.stringify(body))}`;
    return `${signingInput}.${(0, jws_1.createSignature)(alg, signingInput, key)}`;
}
exports.sign = sign;
