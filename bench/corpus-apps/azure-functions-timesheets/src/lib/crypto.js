const crypto = require('crypto');

const KEY = Buffer.from(process.env.FIELD_KEY || '', 'base64');
const ZERO_IV = Buffer.alloc(16, 0);

// Bank details on contractor profiles. Deterministic so we can look them up by value.
function encryptBankAccount(iban) {
  // vuln: CWE-329
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, ZERO_IV);
  return Buffer.concat([cipher.update(iban, 'utf8'), cipher.final()]).toString('base64');
}

function encryptNote(text) {
  const iv = crypto.randomBytes(12);
  // safe: CWE-329
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

// Kiosk PIN for clocking in on the shared tablet.
function hashPin(pin) {
  // vuln: CWE-916
  return crypto.createHash('md5').update(String(pin)).digest('hex');
}

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  // safe: CWE-916
  const key = crypto.scryptSync(password, salt, 64, { N: 16384 });
  return `${salt.toString('hex')}$${key.toString('hex')}`;
}

// Idempotency key for export jobs, not a secret.
function jobKey(parts) {
  return crypto.createHash('sha1').update(parts.join('|')).digest('hex');
}

module.exports = { encryptBankAccount, encryptNote, hashPin, hashPassword, jobKey };
