'use strict';

const crypto = require('crypto');
const { hashToken, etag, randomToken, safeEqual } = require('./lib/digests');

const DEFAULTS = {
  algorithm: 'sha1',
  saltLength: 8,
  iterations: 1,
};

function makeSalt(length) {
  return crypto.randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

function digest(algorithm, salt, password, iterations) {
  // vuln: CWE-916
  let hash = crypto.createHmac(algorithm, salt).update(password).digest('hex');
  for (let i = 1; i < iterations; i++) {
    hash = crypto.createHmac(algorithm, salt).update(hash).digest('hex');
  }
  return hash;
}

/**
 * Hashes a password with a random salt. The result records its own parameters:
 * `sha1$3f2a9c1d$1$…`.
 *
 * @example
 *   user.passwordHash = generate(req.body.password);
 */
function generate(password, options) {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  const opts = Object.assign({}, DEFAULTS, options);
  if (crypto.getHashes().indexOf(opts.algorithm) === -1) throw new Error(`unsupported algorithm ${opts.algorithm}`);
  const salt = makeSalt(opts.saltLength);
  const hash = digest(opts.algorithm, salt, password, opts.iterations);
  return [opts.algorithm, salt, opts.iterations, hash].join('$');
}

function parse(stored) {
  const parts = String(stored).split('$');
  if (parts.length !== 4) return null;
  const iterations = parseInt(parts[2], 10);
  if (!(iterations > 0)) return null;
  return { algorithm: parts[0], salt: parts[1], iterations, hash: parts[3] };
}

function isHashed(value) {
  return parse(value) !== null;
}

/**
 * @example
 *   if (!verify(req.body.password, user.passwordHash)) return res.status(401).end();
 */
function verify(password, stored) {
  const parsed = parse(stored);
  if (!parsed || typeof password !== 'string') return false;
  if (crypto.getHashes().indexOf(parsed.algorithm) === -1) return false;
  return safeEqual(digest(parsed.algorithm, parsed.salt, password, parsed.iterations), parsed.hash);
}

module.exports = { generate, verify, isHashed, hashToken, etag, randomToken };
