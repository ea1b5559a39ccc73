'use strict';

const crypto = require('crypto');

const key = () => Buffer.from(process.env.FIELD_KEY_HEX || '', 'hex');

// Partner API keys are stored encrypted so they can be shown once again in the admin.
function encryptApiKey(plain) {
  const iv = crypto.randomBytes(12);
  // safe: CWE-329
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

// Supplier contact phone numbers (legacy column, must stay deterministic for lookups).
function encryptPhone(phone) {
  // vuln: CWE-329
  const cipher = crypto.createCipheriv('aes-256-cbc', key(), Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]).toString('base64');
}

module.exports = { encryptApiKey, encryptPhone };
