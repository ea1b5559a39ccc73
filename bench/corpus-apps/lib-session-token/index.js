'use strict';

/**
 * tokenkit — small, dependency-free helpers for the random and signed values a web server needs:
 *
 *   const { sessionId, csrf, sign, unsign } = require('tokenkit');
 *   const sid = sessionId();                      // 32 URL-safe characters
 *   res.cookie('sid', sign(sid, process.env.COOKIE_SECRET), { httpOnly: true, secure: true });
 *
 * Session stores (`express-session`'s `genid`), CSRF middlewares, password-reset flows and
 * e-mail verification links call it.
 */

const { randomString, URL_SAFE, DIGITS } = require('./lib/random');
const csrf = require('./lib/csrf');
const { sign, unsign } = require('./lib/signature');
const { backoff } = require('./lib/backoff');

const SESSION_ID_LENGTH = 32;
const RESET_TOKEN_LENGTH = 40;
const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * A URL-safe random identifier (`A-Z a-z 0-9 - _`).
 *
 * @param {number} [length=24]
 */
function uid(length = 24) {
  if (!Number.isInteger(length) || length < 1 || length > 1024) throw new RangeError('tokenkit: length must be 1..1024');
  return randomString(length, URL_SAFE);
}

/** A session identifier for cookie-based sessions (use as `genid`). */
function sessionId() {
  return randomString(SESSION_ID_LENGTH, URL_SAFE);
}

/**
 * A numeric one-time code for e-mail or SMS verification (`'048213'`).
 *
 * @param {number} [digits=6]
 */
function otp(digits = 6) {
  if (!Number.isInteger(digits) || digits < 4 || digits > 10) throw new RangeError('tokenkit: digits must be 4..10');
  return randomString(digits, DIGITS);
}

/**
 * A password-reset token and its expiry; store a hash of the token, mail the token.
 */
function resetToken() {
  return { token: randomString(RESET_TOKEN_LENGTH, URL_SAFE), expires: Date.now() + RESET_TTL_MS };
}

module.exports = { uid, sessionId, otp, resetToken, csrf, sign, unsign, backoff };
