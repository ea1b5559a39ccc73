'use strict';
const crypto = require('crypto');
const md5 = require('md5');

// A generic helper: weak for passwords only because dao/users.js hands it one.
function digest(value) {
  // ruleid: js/weak-password-hash
  return crypto.createHash('md5').update(String(value)).digest('hex');
}

// Used for file contents only.
function contentHash(buffer) {
  // ok: js/weak-password-hash
  return crypto.createHash('sha1').update(buffer).digest('hex');
}

function shortId(text) {
  // Called with a password in this same file below.
  // ruleid: js/weak-password-hash
  return md5(text).slice(0, 12);
}

function legacyCheck(user, password) {
  return user.legacy === shortId(password);
}

module.exports = { digest, sha1: contentHash, legacyCheck };
