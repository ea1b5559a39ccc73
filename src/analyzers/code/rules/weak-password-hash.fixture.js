const crypto = require('crypto');
const { createHash, pbkdf2Sync } = require('node:crypto');
const md5 = require('md5');
const CryptoJS = require('crypto-js');
const bcrypt = require('bcrypt');
const argon2 = require('argon2');
const express = require('express');

const router = express.Router();

router.post('/register', async (req, res) => {
  const { email, password } = req.body;
  // ruleid: js/weak-password-hash
  const hashedPassword = crypto.createHash('md5').update(password).digest('hex');
  await db.users.insert({ email, password: hashedPassword });
  res.sendStatus(201);
});

router.post('/login', async (req, res) => {
  const user = await db.users.findOne({ email: req.body.email });
  // ruleid: js/weak-password-hash
  if (!user || user.password !== md5(req.body.password)) return res.sendStatus(401);
  res.json({ ok: true });
});

function hashPassword(plain, salt) {
  // ruleid: js/weak-password-hash
  return createHash('sha256').update(salt + plain).digest('hex');
}

function hashUserPassword(pwd) {
  const hash = crypto.createHash('sha1');
  // ruleid: js/weak-password-hash
  hash.update(pwd);
  return hash.digest('base64');
}

const HASH_ALGORITHM = 'sha512';
class UserService {
  async create(dto) {
    const salt = crypto.randomBytes(16).toString('hex');
    // ruleid: js/weak-password-hash
    const passwordHash = crypto.createHmac(HASH_ALGORITHM, salt).update(dto.password).digest('hex');
    return this.repo.save({ ...dto, passwordHash, salt });
  }
}

function legacyHash(user) {
  // ruleid: js/weak-password-hash
  user.password = CryptoJS.SHA256(user.password).toString();
  // ruleid: js/weak-password-hash
  const derived = pbkdf2Sync(user.password, user.salt, 1000, 64, 'sha512');
  return derived;
}

function hashPin(pin) {
  // ruleid: js/weak-password-hash
  return crypto.createHash('sha256').update(`${pin}:${process.env.PEPPER}`).digest('hex');
}

// Safe look-alikes: slow password hashes, and fast hashes of things that are not passwords.
async function registerSafely(password) {
  // ok: js/weak-password-hash
  const a = await bcrypt.hash(password, 12);
  // ok: js/weak-password-hash
  const b = await argon2.hash(password);
  // ok: js/weak-password-hash
  const c = crypto.pbkdf2Sync(password, crypto.randomBytes(16), 600000, 64, 'sha512');
  // ok: js/weak-password-hash
  const d = crypto.scryptSync(password, crypto.randomBytes(16), 64);
  return [a, b, c, d];
}

function etagFor(body) {
  // ok: js/weak-password-hash
  return crypto.createHash('sha1').update(body).digest('base64');
}

function gravatarUrl(email) {
  // ok: js/weak-password-hash
  return `https://www.gravatar.com/avatar/${md5(email.trim().toLowerCase())}`;
}

function storeResetToken(user, resetToken) {
  // ok: js/weak-password-hash
  user.passwordResetToken = crypto.createHash('sha256').update(resetToken).digest('hex');
}

function fileChecksum(buffer) {
  // ok: js/weak-password-hash
  return createHash('sha256').update(buffer).digest('hex');
}

function cacheKey(url, params) {
  // ok: js/weak-password-hash
  return CryptoJS.MD5(url + JSON.stringify(params)).toString();
}

function passwordPolicyVersion(rules) {
  // ok: js/weak-password-hash
  return crypto.createHash('sha256').update(JSON.stringify(rules)).digest('hex');
}

module.exports = { hashPin, router, hashPassword, hashUserPassword, UserService, legacyHash, registerSafely, etagFor, gravatarUrl, storeResetToken, fileChecksum, cacheKey, passwordPolicyVersion };

// A hashing module whose defaults fill in what the caller leaves out.
const pbkdf2Defaults = { digest: 'sha1', iterations: 1, keyLength: 32 };
const strongDefaults = { digest: 'sha256', iterations: 600000, keyLength: 32 };

function deriveWithDefaults(secret, salt, options) {
  const opts = Object.assign({}, pbkdf2Defaults, options);
  // ruleid: js/weak-password-hash
  return crypto.pbkdf2Sync(secret, salt, opts.iterations, opts.keyLength, opts.digest);
}

function deriveStrong(secret, salt, options) {
  const { iterations, keyLength, digest } = Object.assign({}, strongDefaults, options);
  // ok: js/weak-password-hash
  return crypto.pbkdf2Sync(secret, salt, iterations, keyLength, digest);
}

// Reading a PEM private key that OpenSSL encrypted in its legacy format (`DEK-Info: AES-128-CBC,<salt>`):
// the format fixes the key as MD5(passphrase + salt); nothing is stored, the key only decrypts.
function decryptLegacyPem(body, passphrase, salt) {
  // ok: js/weak-password-hash
  const cipherKey = createHash('md5').update(passphrase).update(salt.subarray(0, 8)).digest();
  const decipher = crypto.createDecipheriv('aes-128-cbc', cipherKey, salt);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

// The same derivation used to encrypt: this code chooses a fast hash to protect new data.
function sealWithPassword(data, password, iv) {
  // ruleid: js/weak-password-hash
  const key = createHash('md5').update(password).digest();
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

// A password hash compared at login, in a function that also decrypts a stored profile.
function loginAndDecrypt(user, password, key, iv) {
  // ruleid: js/weak-password-hash
  const hashed = createHash('sha256').update(password).digest('hex');
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
  return hashed === user.passwordHash ? decipher.update(user.profile) : null;
}
module.exports.decryptLegacyPem = decryptLegacyPem;
module.exports.sealWithPassword = sealWithPassword;
module.exports.loginAndDecrypt = loginAndDecrypt;
