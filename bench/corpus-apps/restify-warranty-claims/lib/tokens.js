'use strict';

const crypto = require('crypto');

function newClaimNumber() {
  // Human-readable reference printed on the shipping label, not a secret.
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return `CLM-${day}-${Math.floor(Math.random() * 1e6).toString().padStart(6, '0')}`;
}

function newResetToken() {
  let token = '';
  while (token.length < 32) {
    // vuln: CWE-338
    token += Math.random().toString(36).slice(2);
  }
  return token.slice(0, 32);
}

function newApiKey() {
  // safe: CWE-338
  return `cd_${crypto.randomBytes(24).toString('base64url')}`;
}

// Only for high-entropy API keys and reset tokens, never for passwords.
function sha256(value) {
  // safe: CWE-916
  return crypto.createHash('sha256').update(value).digest('hex');
}

module.exports = { newClaimNumber, newResetToken, newApiKey, sha256 };
