"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verify = exports.algorithmsForKey = exports.ALL_ALGORITHMS = void 0;
const crypto_1 = require("crypto");
const jws_1 = require("./jws");
exports.ALL_ALGORITHMS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];
const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'];
const RSA_ALGORITHMS = ['RS256', 'RS384', 'RS512'];
const EC_ALGORITHMS = ['ES256', 'ES384', 'ES512'];
/**
 * The algorithms a key can be used with: an asymmetric key (PEM text, Buffer or KeyObject)
 * only for its own signature scheme, anything else only as an HMAC secret.
 */
function algorithmsForKey(key) {
    if (key instanceof crypto_1.KeyObject) {
        if (key.type === 'secret')
            return HMAC_ALGORITHMS;
        return key.asymmetricKeyType === 'ec' ? EC_ALGORITHMS : RSA_ALGORITHMS;
    }
    const text = Buffer.isBuffer(key) ? key.toString('utf8') : String(key);
    if (/-----BEGIN [A-Z ]*(PUBLIC KEY|CERTIFICATE)-----/.test(text)) {
        const publicKey = (0, crypto_1.createPublicKey)(text);
        return publicKey.asymmetricKeyType === 'ec' ? EC_ALGORITHMS : RSA_ALGORITHMS;
    }
    return HMAC_ALGORITHMS;
}
exports.algorithmsForKey = algorithmsForKey;
function fail(message) {
    const err = new Error(message);
    err.name = 'JsonWebTokenError';
    return err;
}
/**
 * Verifies a token with a secret, a PEM public key or a resolver `(header) => key`
 * (for example one that looks the `kid` up in a JWKS document).
 *
 * @example
 *   const claims = await verify(req.headers.authorization.slice(7), publicPem, { issuer: 'https://id.example.com' });
 */
async function verify(token, key, options = {}) {
    const { header, payload, signingInput, signature } = (0, jws_1.split)(token);
    if (!header || typeof header.alg !== 'string')
        throw fail('invalid header');
    if (header.alg === 'none')
        throw fail('unsigned tokens are not accepted');
    const allowed = options.algorithms || exports.ALL_ALGORITHMS;
    if (!allowed.includes(header.alg))
        throw fail(`algorithm ${header.alg} not allowed`);
    const resolved = typeof key === 'function' ? await key(header) : key;
    if (!resolved)
        throw fail('no key for this token');
    if (!algorithmsForKey(resolved).includes(header.alg))
        throw fail(`algorithm ${header.alg} cannot be used with this key`);
    // safe: CWE-347
    if (!(0, jws_1.verifySignature)(header.alg, signingInput, signature, resolved))
        throw fail('invalid signature');
    const now = Math.floor(Date.now() / 1000);
    const tolerance = options.clockTolerance || 0;
    if (typeof payload.exp === 'number' && now > payload.exp + tolerance)
        throw Object.assign(fail('jwt expired'), { name: 'TokenExpiredError', expiredAt: new Date(payload.exp * 1000) });
    if (typeof payload.nbf === 'number' && now + tolerance < payload.nbf)
        throw fail('jwt not active');
    if (options.issuer && payload.iss !== options.issuer)
        throw fail('jwt issuer invalid');
    if (options.audience) {
        const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
        if (!aud.includes(options.audience))
            throw fail('jwt audience invalid');
    }
    return payload;
}
exports.verify = verify;
