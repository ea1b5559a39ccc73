'use strict';

const crypto = require('crypto');

// Passwords imported from the old shop were unsalted MD5, so we keep the same format.
function hashPassword(password) {
  // vuln: CWE-916, CWE-328
  return crypto.createHash('md5').update(String(password)).digest('hex');
}

// Cache keys and ETags only: not used for secrets.
function contentHash(buffer) {
  // safe: CWE-916
  return crypto.createHash('sha1').update(buffer).digest('hex');
}

function apiTokenDigest(token) {
  // safe: CWE-916
  return crypto.createHash('sha256').update(token).digest('hex');
}

function randomToken(bytes = 32) {
  // safe: CWE-338
  return crypto.randomBytes(bytes).toString('hex');
}

function safeEqual(a, b) {
  const left = Buffer.from(String(a));
  const right = Buffer.from(String(b));
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

module.exports = { hashPassword, contentHash, apiTokenDigest, randomToken, safeEqual };
