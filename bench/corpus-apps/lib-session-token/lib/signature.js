'use strict';

/**
 * `value.signature` cookie values, compatible with `cookie-signature` (HMAC-SHA256, base64
 * without padding).
 */

const crypto = require('crypto');

function mac(value, secret) {
  return crypto.createHmac('sha256', secret).update(value).digest('base64').replace(/=+$/, '');
}

/**
 * Constant-time string comparison (lengths are compared first; the length is not secret).
 */
function safeEqual(a, b) {
  const left = Buffer.from(String(a));
  const right = Buffer.from(String(b));
  if (left.length !== right.length) return false;
  // safe: CWE-347
  return crypto.timingSafeEqual(left, right);
}

/**
 * @param {string} value
 * @param {string} secret
 */
function sign(value, secret) {
  if (typeof value !== 'string') throw new TypeError('tokenkit: value must be a string');
  if (!secret) throw new TypeError('tokenkit: secret required');
  return `${value}.${mac(value, secret)}`;
}

/**
 * The original value, or false when no secret produced the signature. Accepts a list of secrets
 * (newest first) so that secrets can be rotated.
 *
 * @param {string} signed
 * @param {string | string[]} secrets
 */
function unsign(signed, secrets) {
  if (typeof signed !== 'string') return false;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return false;
  const value = signed.slice(0, dot);
  for (const secret of [].concat(secrets)) {
    if (secret && safeEqual(sign(value, secret), signed)) return value;
  }
  return false;
}

module.exports = { sign, unsign, safeEqual };
