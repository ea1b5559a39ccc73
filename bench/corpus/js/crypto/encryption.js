// Encryption helpers for storing API tokens in the database
const crypto = require('crypto');

const KEY = crypto.scryptSync(process.env.APP_KEY || '', 'static-salt', 32);

function encryptLegacy(text) {
  // ruleid: js/weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', process.env.APP_KEY);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEcb(text) {
  // ruleid: js/weak-cipher
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

function encryptDes(text) {
  const key = Buffer.from(process.env.DES_KEY, 'hex');
  const iv = crypto.randomBytes(8);
  // ruleid: js/weak-cipher
  const cipher = crypto.createCipheriv('des-cbc', key, iv);
  return iv.toString('hex') + ':' + cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

const FIXED_IV = Buffer.from('0123456789abcdef');

function encryptWithStaticIv(text) {
  // ruleid: js/static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, FIXED_IV);
  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');
}

function encryptZeroIv(text) {
  // ruleid: js/static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return cipher.update(text, 'utf8', 'base64') + cipher.final('base64');
}

// Safe: AES-256-GCM with a random 96-bit IV and auth tag
function encrypt(text) {
  const iv = crypto.randomBytes(12);
  // ok: js/weak-cipher, js/static-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');
}

function decrypt(payload) {
  const buf = Buffer.from(payload, 'base64');
  // ok: js/weak-cipher, js/static-iv
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8');
}

module.exports = { encryptLegacy, encryptEcb, encryptDes, encryptWithStaticIv, encryptZeroIv, encrypt, decrypt };
