'use strict';

/**
 * Stateless CSRF tokens in the `csrf`/`csurf` scheme: a per-session secret is kept server-side
 * (in the session), and each form gets `salt-HMAC(secret, salt)`. Tokens differ per render, so
 * they do not leak the secret through compression side channels (BREACH).
 */

const crypto = require('crypto');
const { randomString, URL_SAFE } = require('./random');
const { safeEqual } = require('./signature');

const SALT_LENGTH = 8;
const SECRET_LENGTH = 24;

function tokenize(secret, salt) {
  const mac = crypto.createHmac('sha256', secret).update(salt).digest('base64url');
  return `${salt}-${mac}`;
}

/** A new per-session secret. */
function secret() {
  return randomString(SECRET_LENGTH, URL_SAFE);
}

/**
 * A token for one form or one response.
 *
 * @param {string} sessionSecret from `secret()`, stored in the session
 */
function create(sessionSecret) {
  if (!sessionSecret) throw new TypeError('tokenkit: csrf.create needs the session secret');
  return tokenize(sessionSecret, randomString(SALT_LENGTH, URL_SAFE));
}

/**
 * Checks a token from a form field or the `X-CSRF-Token` header.
 */
function verify(sessionSecret, token) {
  if (!sessionSecret || typeof token !== 'string') return false;
  const dash = token.indexOf('-');
  if (dash !== SALT_LENGTH) return false;
  const expected = tokenize(sessionSecret, token.slice(0, dash));
  return safeEqual(expected, token);
}

module.exports = { secret, create, verify };
