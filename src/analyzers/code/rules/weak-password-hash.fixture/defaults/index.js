'use strict';
// A password-hash library whose hash algorithm comes from the caller's options or its defaults.
const crypto = require('crypto');

const DEFAULTS = { algorithm: 'sha1', saltLength: 8 };

function digest(algorithm, salt, password) {
  // ruleid: js/weak-password-hash
  return crypto.createHmac(algorithm, salt).update(password).digest('hex');
}

function generate(password, options) {
  const opts = Object.assign({}, DEFAULTS, options);
  const salt = crypto.randomBytes(opts.saltLength).toString('hex');
  return [opts.algorithm, salt, digest(opts.algorithm, salt, password)].join('$');
}

// Safe: the same shape for a signature over a payload, not a password.
const SIGN_OPTIONS = { algorithm: 'sha256' };
function mac(algorithm, key, payload) {
  // ok: js/weak-password-hash
  return crypto.createHmac(algorithm, key).update(payload).digest('hex');
}
function sign(payload, key, options) {
  const opts = Object.assign({}, SIGN_OPTIONS, options);
  return mac(opts.algorithm, key, payload);
}

// Safe: the algorithm is whatever the stored hash names; nothing in the module picks a fast one.
function check(alg, salt, password, expected) {
  // ok: js/weak-password-hash
  return crypto.createHash(alg).update(salt + password).digest('hex') === expected;
}
function verifyStored(password, stored) {
  const [alg, salt, hash] = String(stored).split('$');
  return check(alg, salt, password, hash);
}

module.exports = { generate, sign, verifyStored };
