'use strict';

const crypto = require('crypto');
const { hashToken, etag, randomToken, safeEqual } = require('./lib/digests');

const DEFAULTS = {
  algorithm: 'scrypt',
  saltLength: 32,
  cost: 16384,
};

const KEY_LENGTH = 64;

function makeSalt(length) {
  return crypto.randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

function digest(salt, password, cost) {
  // safe: CWE-916
  return crypto.scryptSync(password, salt, KEY_LENGTH, { N: cost, r: 8, p: 1, maxmem: 256 * cost * 8 * 2 }).toString('hex');
}

/**
 * Hashes a password with scrypt and a random salt. The result records its own parameters:
 * `scrypt$3f2a9c1d…$16384$…`.
 *
 * @example
 *   user.passwordHash = generate(req.body.password);
 */
function generate(password, options) {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  const opts = Object.assign({}, DEFAULTS, options);
  if (opts.algorithm !== 'scrypt') throw new Error(`unsupported algorithm ${opts.algorithm}`);
  if (!(opts.cost >= 16384) || (opts.cost & (opts.cost - 1)) !== 0) throw new Error('cost must be a power of two of at least 16384');
  const salt = makeSalt(opts.saltLength);
  const hash = digest(salt, password, opts.cost);
  return [opts.algorithm, salt, opts.cost, hash].join('$');
}

function parse(stored) {
  const parts = String(stored).split('$');
  if (parts.length !== 4) return null;
  const cost = parseInt(parts[2], 10);
  if (!(cost > 0)) return null;
  return { algorithm: parts[0], salt: parts[1], cost, hash: parts[3] };
}

function isHashed(value) {
  return parse(value) !== null;
}

/**
 * Hashes made by 1.x (`sha1$…`, HMAC with a single iteration) can no longer be verified: the
 * application has to send those users a password-reset link.
 */
function needsReset(stored) {
  const parsed = parse(stored);
  return !parsed || parsed.algorithm !== 'scrypt';
}

/**
 * @example
 *   if (!verify(req.body.password, user.passwordHash)) return res.status(401).end();
 */
function verify(password, stored) {
  const parsed = parse(stored);
  if (!parsed || typeof password !== 'string') return false;
  if (parsed.algorithm !== 'scrypt' || parsed.cost < 16384 || parsed.cost > 1048576) return false;
  return safeEqual(digest(parsed.salt, password, parsed.cost), parsed.hash);
}

module.exports = { generate, verify, isHashed, needsReset, hashToken, etag, randomToken };
