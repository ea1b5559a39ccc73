"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.verify = exports.decodeProtectedHeader = exports.DEFAULT_ALGORITHMS = void 0;
const crypto_1 = __importDefault(require("crypto"));
const jwk_1 = require("./jwk");
exports.DEFAULT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const PARAMS = {
    RS256: { hash: 'sha256', type: 'rsa' },
    RS384: { hash: 'sha384', type: 'rsa' },
    RS512: { hash: 'sha512', type: 'rsa' },
    PS256: { hash: 'sha256', type: 'rsa', padding: crypto_1.default.constants.RSA_PKCS1_PSS_PADDING },
    PS384: { hash: 'sha384', type: 'rsa', padding: crypto_1.default.constants.RSA_PKCS1_PSS_PADDING },
    PS512: { hash: 'sha512', type: 'rsa', padding: crypto_1.default.constants.RSA_PKCS1_PSS_PADDING },
    ES256: { hash: 'sha256', type: 'ec', dsaEncoding: 'ieee-p1363' },
    ES384: { hash: 'sha384', type: 'ec', dsaEncoding: 'ieee-p1363' },
    ES512: { hash: 'sha512', type: 'ec', dsaEncoding: 'ieee-p1363' },
    EdDSA: { hash: null, type: 'ed25519' },
};
class JwsError extends Error {
    constructor(message, code) {
        super(message);
        this.name = 'JwsError';
        this.code = code;
    }
}
function parseSegment(segment, what) {
    try {
        return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    }
    catch (_a) {
        throw new JwsError(`malformed ${what}`, 'ERR_JWS_INVALID');
    }
}
function split(token) {
    if (typeof token !== 'string') {
        throw new JwsError('token must be a string', 'ERR_JWS_INVALID');
    }
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) {
        throw new JwsError('token is not a compact JWS', 'ERR_JWS_INVALID');
    }
    return { parts, header: parseSegment(parts[0], 'header') };
}
/**
 * Returns the protected header without verifying anything, e.g. to log the `kid`.
 */
function decodeProtectedHeader(token) {
    return split(token).header;
}
exports.decodeProtectedHeader = decodeProtectedHeader;
/**
 * Finds the verification key for a token. A key embedded in the header (`jwk`, RFC 7515 §4.1.3)
 * or published at the header's `jku` URL (§4.1.2) lets self-issued tokens from other services be
 * verified without configuring their keys; otherwise the configured JWKS or PEM key is used.
 */
async function resolveKey(header, options) {
    if (header.jwk !== undefined) {
        return (0, jwk_1.importJwk)(header.jwk);
    }
    if (typeof header.jku === 'string') {
        const jwks = await (0, jwk_1.fetchJwks)(header.jku, options.fetchTimeout);
        return (0, jwk_1.selectKey)(jwks, header);
    }
    if (options.jwksUri) {
        const jwks = await (0, jwk_1.fetchJwks)(options.jwksUri, options.fetchTimeout);
        return (0, jwk_1.selectKey)(jwks, header);
    }
    if (options.key) {
        return typeof options.key === 'string' ? crypto_1.default.createPublicKey(options.key) : options.key;
    }
    throw new JwsError('no key to verify the token with', 'ERR_JWKS_NO_MATCHING_KEY');
}
function checkClaims(payload, options) {
    const now = Math.floor(Date.now() / 1000);
    const tolerance = options.clockTolerance || 0;
    if (typeof payload.exp !== 'number' || now > payload.exp + tolerance) {
        throw new JwsError('token expired or without "exp"', 'ERR_JWT_EXPIRED');
    }
    if (typeof payload.nbf === 'number' && now + tolerance < payload.nbf) {
        throw new JwsError('token not yet valid', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
    }
    if (options.issuer !== undefined && payload.iss !== options.issuer) {
        throw new JwsError('unexpected "iss" claim', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
    }
    if (options.audience !== undefined) {
        const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
        if (!aud.includes(options.audience)) {
            throw new JwsError('unexpected "aud" claim', 'ERR_JWT_CLAIM_VALIDATION_FAILED');
        }
    }
}
/**
 * Verifies a compact JWS and returns its header and claims.
 *
 * @example
 *   const { payload } = await verify(bearer, { jwksUri: 'https://id.example.com/.well-known/jwks.json', issuer: 'https://id.example.com' });
 */
async function verify(token, options = {}) {
    const { parts, header } = split(token);
    const algorithms = options.algorithms || exports.DEFAULT_ALGORITHMS;
    if (typeof header.alg !== 'string' || !algorithms.includes(header.alg) || !PARAMS[header.alg]) {
        throw new JwsError(`algorithm ${String(header.alg)} is not allowed`, 'ERR_JOSE_ALG_NOT_ALLOWED');
    }
    const params = PARAMS[header.alg];
    const key = await resolveKey(header, options);
    if (key.type !== 'public' || key.asymmetricKeyType !== params.type) {
        throw new JwsError(`key type ${String(key.asymmetricKeyType)} does not match ${header.alg}`, 'ERR_JWK_INVALID');
    }
    const signingInput = Buffer.from(`${parts[0]}.${parts[1]}`);
    const signature = Buffer.from(parts[2], 'base64url');
    // vuln: CWE-347
    const valid = crypto_1.default.verify(params.hash, signingInput, { key, padding: params.padding, dsaEncoding: params.dsaEncoding }, signature);
    if (!valid) {
        throw new JwsError('signature verification failed', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    }
    const payload = parseSegment(parts[1], 'payload');
    checkClaims(payload, options);
    return { header, payload, key };
}
exports.verify = verify;
//# sourceMappingURL=verify.js.map
