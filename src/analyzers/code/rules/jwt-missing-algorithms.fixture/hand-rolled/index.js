'use strict';
// A hand-rolled JWS verifier: which checks of the header's `alg` always run.
const crypto = require('crypto');

const ALGORITHMS = {
  HS256: { verify: (input, sig, key) => sig === crypto.createHmac('sha256', key).update(input).digest('base64url') },
  none: { verify: (input, sig) => sig === '' },
};

function getAlgorithm(name) {
  if (!Object.prototype.hasOwnProperty.call(ALGORITHMS, name)) throw new Error(`unsupported algorithm ${name}`);
  return ALGORITHMS[name];
}

function split(token) {
  const [h, p, signature] = String(token).split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url')), payload: JSON.parse(Buffer.from(p, 'base64url')), input: `${h}.${p}`, signature };
}

// The allow-list applies only when the caller passes one.
function verifyOptional(token, secret, options = {}) {
  const { header, payload, input, signature } = split(token);
  if (options.algorithms && !options.algorithms.includes(header.alg)) throw new Error('algorithm not allowed');
  const algorithm = getAlgorithm(header.alg);
  // ruleid: js/jwt-missing-algorithms
  if (!algorithm.verify(input, signature, secret)) throw new Error('invalid signature');
  return payload;
}

// No allow-list at all: the table lookup is the only check.
function verifyTable(token, secret) {
  const { header, payload, input, signature } = split(token);
  // ruleid: js/jwt-missing-algorithms
  if (!ALGORITHMS[header.alg].verify(input, signature, secret)) throw new Error('invalid signature');
  return payload;
}

// jwt-simple's shape: the header's algorithm handed to a verify helper.
function verifyHelper(input, key, alg, signature) {
  return getAlgorithm(alg).verify(input, signature, key);
}
function decodeSimple(token, key) {
  const parts = String(token).split('.');
  const { alg } = JSON.parse(Buffer.from(parts[0], 'base64url'));
  // ruleid: js/jwt-missing-algorithms
  if (!verifyHelper(`${parts[0]}.${parts[1]}`, key, alg, parts[2])) throw new Error('invalid signature');
  return JSON.parse(Buffer.from(parts[1], 'base64url'));
}

// Safe: the list always applies (a default when the caller gives none).
function verifyDefaulted(token, secret, options = {}) {
  const allowed = options.algorithms || ['HS256'];
  const { header, payload, input, signature } = split(token);
  if (!allowed.includes(header.alg)) throw new Error('algorithm not allowed');
  const algorithm = getAlgorithm(header.alg);
  // ok: js/jwt-missing-algorithms
  if (!algorithm.verify(input, signature, secret)) throw new Error('invalid signature');
  return payload;
}

// Safe: no list given is an error, not a pass.
function verifyRequired(token, secret, options = {}) {
  const decoded = split(token);
  if (!options.algorithms || options.algorithms.indexOf(decoded.header.alg) === -1) throw new Error('algorithm not allowed');
  // ok: js/jwt-missing-algorithms
  if (!getAlgorithm(decoded.header.alg).verify(decoded.input, decoded.signature, secret)) throw new Error('invalid signature');
  return decoded.payload;
}

// Safe: the algorithm is the one the caller configured, not the token's.
function verifyConfigured(token, secret, options = {}) {
  const { payload, input, signature } = split(token);
  const algorithm = getAlgorithm(options.algorithm || 'HS256');
  // ok: js/jwt-missing-algorithms
  if (!algorithm.verify(input, signature, secret)) throw new Error('invalid signature');
  return payload;
}

// jsonwebtoken's shape: the header's algorithm handed to a JWS library inside a key callback.
const jws = require('jws');
function verifyWithKey(token, getKey, options, done) {
  const decoded = jws.decode(token);
  getKey(decoded.header, (err, key) => {
    if (err) return done(err);
    // ruleid: js/jwt-missing-algorithms
    return done(null, jws.verify(token, decoded.header.alg, key));
  });
}

// Safe: the same, with the list checked (outside the callback) on every path.
function verifyWithKeyChecked(token, getKey, options, done) {
  const algorithms = options.algorithms || ['RS256'];
  const decoded = jws.decode(token);
  if (algorithms.indexOf(decoded.header.alg) === -1) return done(new Error('invalid algorithm'));
  getKey(decoded.header, (err, key) => {
    if (err) return done(err);
    // ok: js/jwt-missing-algorithms
    return done(null, jws.verify(token, decoded.header.alg, key));
  });
}

module.exports = { verifyOptional, verifyTable, decodeSimple, verifyDefaulted, verifyRequired, verifyConfigured, verifyWithKey, verifyWithKeyChecked };

// jsonwebtoken < 9's shape (compiled TypeScript): with no list given, every algorithm is allowed,
// HMAC and RSA alike, so an HS256 token is checked with the RSA public key as its secret.
const jws_1 = { verifySignature: (alg, input, signature, key) => ALGORITHMS[alg].verify(input, signature, key) };
exports.ALL_ALGORITHMS = ['HS256', 'HS384', 'RS256', 'RS384', 'ES256'];
function verifyAnyFamily(token, key, options = {}) {
  const { header, payload, input, signature } = split(token);
  const allowed = options.algorithms || exports.ALL_ALGORITHMS;
  if (!allowed.includes(header.alg)) throw new Error('algorithm not allowed');
  // ruleid: js/jwt-missing-algorithms
  if (!(0, jws_1.verifySignature)(header.alg, input, signature, key)) throw new Error('invalid signature');
  return payload;
}

// Safe: the same, and the key decides which family its algorithm must be from.
function familyOf(key) {
  return /-----BEGIN/.test(String(key)) ? ['RS256', 'RS384'] : ['HS256', 'HS384'];
}
function verifyKeyFamily(token, key, options = {}) {
  const { header, payload, input, signature } = split(token);
  const allowed = options.algorithms || exports.ALL_ALGORITHMS;
  if (!allowed.includes(header.alg)) throw new Error('algorithm not allowed');
  if (!familyOf(key).includes(header.alg)) throw new Error('algorithm does not fit the key');
  // ok: js/jwt-missing-algorithms
  if (!(0, jws_1.verifySignature)(header.alg, input, signature, key)) throw new Error('invalid signature');
  return payload;
}

// Safe: a default list of one family only.
const HMAC_ONLY = ['HS256', 'HS384', 'HS512'];
function verifyHmacDefault(token, key, options = {}) {
  const { header, payload, input, signature } = split(token);
  if (!(options.algorithms || HMAC_ONLY).includes(header.alg)) throw new Error('algorithm not allowed');
  // ok: js/jwt-missing-algorithms
  if (!(0, jws_1.verifySignature)(header.alg, input, signature, key)) throw new Error('invalid signature');
  return payload;
}

exports.more = { verifyAnyFamily, verifyKeyFamily, verifyHmacDefault };
