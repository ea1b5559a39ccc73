'use strict';

const crypto = require('crypto');
const bcrypt = require('bcrypt');

// Technicians' accounts were migrated from the old PHP desk; kept compatible with its hashes.
function hashTechnicianPassword(password) {
  // vuln: CWE-916, CWE-328
  return crypto.createHash('md5').update(password).digest('hex');
}

async function hashCustomerPassword(password) {
  // safe: CWE-916
  return bcrypt.hash(password, 12);
}

async function verifyCustomerPassword(password, hash) {
  return bcrypt.compare(password, hash);
}

function verifyTechnicianPassword(password, stored) {
  const candidate = Buffer.from(hashTechnicianPassword(password));
  const expected = Buffer.from(stored || '');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

module.exports = { hashTechnicianPassword, hashCustomerPassword, verifyCustomerPassword, verifyTechnicianPassword };
