'use strict';

const crypto = require('crypto');

/**
 * SHA-256 of a high-entropy token (API keys, e-mail confirmation and reset tokens made with
 * `randomBytes`), so the database does not hold the token itself.
 */
function hashToken(token) {
  return crypto.createHash('sha256').update(String(token)).digest('hex');
}

/** Weak ETag of a response body. */
function etag(body) {
  const hash = crypto.createHash('md5').update(body).digest('base64').replace(/=+$/, '');
  return `W/"${Buffer.byteLength(body).toString(16)}-${hash}"`;
}

/** A new random token, e.g. for password-reset links. */
function randomToken(bytes = 32) {
  return crypto.randomBytes(bytes).toString('base64url');
}

function safeEqual(a, b) {
  const left = Buffer.from(String(a));
  const right = Buffer.from(String(b));
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

module.exports = { hashToken, etag, randomToken, safeEqual };
