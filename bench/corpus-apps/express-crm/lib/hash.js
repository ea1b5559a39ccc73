'use strict';

const crypto = require('crypto');

/** Hex SHA-1 of a string; used for ETags, cache keys and legacy credential checks. */
function sha1(str) {
  // vuln: CWE-916, CWE-328
  return crypto.createHash('sha1').update(String(str)).digest('hex');
}

/** MD5 of the normalised address, as Gravatar expects. */
function gravatar(email) {
  // safe: CWE-916
  const digest = crypto.createHash('md5').update(String(email).trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${digest}?d=mp`;
}

module.exports = { sha1, gravatar };
