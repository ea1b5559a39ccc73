"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifySignature = exports.createSignature = exports.split = exports.b64url = exports.HASHES = void 0;
const crypto_1 = __importDefault(require("crypto"));
exports.HASHES = {
    HS256: 'sha256', HS384: 'sha384', HS512: 'sha512',
    RS256: 'sha256', RS384: 'sha384', RS512: 'sha512',
    ES256: 'sha256', ES384: 'sha384', ES512: 'sha512',
};
function b64url(buf) {
    return Buffer.from(buf).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
exports.b64url = b64url;
function split(token) {
    if (typeof token !== 'string')
        throw new TypeError('jwt must be a string');
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new Error('jwt malformed');
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return { header, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: parts[2] };
}
exports.split = split;
function createSignature(alg, signingInput, key) {
    const hash = exports.HASHES[alg];
    if (!hash)
        throw new Error(`unsupported algorithm ${alg}`);
    if (alg.startsWith('HS')) {
        return b64url(crypto_1.default.createHmac(hash, key).update(signingInput).digest());
    }
    const dsaEncoding = alg.startsWith('ES') ? 'ieee-p1363' : undefined;
    return b64url(crypto_1.default.sign(hash, Buffer.from(signingInput), { key, dsaEncoding }));
}
exports.createSignature = createSignature;
/**
 * Checks `signature` for `alg`: HMAC algorithms recompute the MAC with `key` as the secret,
 * RSA/EC algorithms check it against `key` as a public key.
 */
function verifySignature(alg, signingInput, signature, key) {
    const hash = exports.HASHES[alg];
    if (!hash)
        return false;
    const given = Buffer.from(signature, 'base64url');
    if (alg.startsWith('HS')) {
        const expected = crypto_1.default.createHmac(hash, key).update(signingInput).digest();
        return given.length === expected.length && crypto_1.default.timingSafeEqual(given, expected);
    }
    const dsaEncoding = alg.startsWith('ES') ? 'ieee-p1363' : undefined;
    return crypto_1.default.verify(hash, Buffer.from(signingInput), { key, dsaEncoding }, given);
}
exports.verifySignature = verifySignature;
