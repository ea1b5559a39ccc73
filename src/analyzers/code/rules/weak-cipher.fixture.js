const crypto = require('crypto');
const CryptoJS = require('crypto-js');
const forge = require('node-forge');

const ALGORITHM = 'des-ede3-cbc';
const SAFE_ALGORITHM = 'aes-256-gcm';

function encryptLegacy(text, password) {
  // ruleid: js/weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decryptLegacy(data, password) {
  // ruleid: js/weak-cipher
  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return decipher.update(data, 'hex', 'utf8') + decipher.final('utf8');
}

function encrypt3des(text, key, iv) {
  // ruleid: js/weak-cipher
  const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptEcb(text, key) {
  // ruleid: js/weak-cipher
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptDes(text, key, iv) {
  // ruleid: js/weak-cipher
  return crypto.createCipheriv('des-cbc', key, iv).update(text, 'utf8', 'base64');
}

function encryptRc4(text, key) {
  // ruleid: js/weak-cipher
  const c = crypto.createCipheriv('rc4', key, '');
  return c.update(text, 'utf8', 'hex');
}

function encryptBlowfish(text, key, iv) {
  // ruleid: js/weak-cipher
  return crypto.createCipheriv('bf-cbc', key, iv).update(text);
}

function cryptoJsCiphers(text, secret) {
  // ruleid: js/weak-cipher
  const a = CryptoJS.DES.encrypt(text, secret).toString();
  // ruleid: js/weak-cipher
  const b = CryptoJS.TripleDES.encrypt(text, secret).toString();
  // ruleid: js/weak-cipher
  const c = CryptoJS.RC4.decrypt(text, secret).toString(CryptoJS.enc.Utf8);
  const d = CryptoJS.AES.encrypt(text, CryptoJS.enc.Utf8.parse(secret), {
    // ruleid: js/weak-cipher
    mode: CryptoJS.mode.ECB,
    padding: CryptoJS.pad.Pkcs7,
  }).toString();
  return [a, b, c, d];
}

function forgeEcb(key) {
  // ruleid: js/weak-cipher
  return forge.cipher.createCipher('AES-ECB', key);
}

// Safe look-alikes
function encryptGcm(text, key) {
  const iv = crypto.randomBytes(12);
  // ok: js/weak-cipher
  const cipher = crypto.createCipheriv(SAFE_ALGORITHM, key, iv);
  const data = Buffer.concat([cipher.update(text), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

function encryptCbc(text, key) {
  const iv = crypto.randomBytes(16);
  // ok: js/weak-cipher
  return crypto.createCipheriv('aes-256-cbc', key, iv).update(text);
}

function encryptChacha(text, key) {
  // ok: js/weak-cipher
  return crypto.createCipheriv('chacha20-poly1305', key, crypto.randomBytes(12), { authTagLength: 16 });
}

function cryptoJsAes(text, secret) {
  return CryptoJS.AES.encrypt(text, secret, {
    // ok: js/weak-cipher
    mode: CryptoJS.mode.CBC,
    iv: CryptoJS.lib.WordArray.random(16),
  }).toString();
}

function encryptDynamic(text, key, iv, algorithm) {
  // ok: js/weak-cipher
  return crypto.createCipheriv(algorithm, key, iv).update(text);
}

// "des" inside an unrelated word, and an unrelated mode option.
// ok: js/weak-cipher
const description = { mode: 'ECB-like padding demo', designation: 'desk' };

module.exports = { encryptLegacy, decryptLegacy, encrypt3des, encryptEcb, encryptDes, encryptRc4, encryptBlowfish, cryptoJsCiphers, forgeEcb, encryptGcm, encryptCbc, encryptChacha, cryptoJsAes, encryptDynamic, description };
