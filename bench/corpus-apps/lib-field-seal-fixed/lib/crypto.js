'use strict';

const crypto = require('crypto');

const RANDOM_PREFIX = 'fs1:';
const DETERMINISTIC_PREFIX = 'fsd2:';
const LEGACY_DETERMINISTIC_PREFIX = 'fsd1:';

/**
 * Accepts a 32-byte Buffer, 64 hex characters or 44 base64 characters. Passwords are refused:
 * generate a key with `generateKey()` and keep it in a secret manager.
 */
function toKey(key) {
  const buf = Buffer.isBuffer(key)
    ? key
    : /^[0-9a-f]{64}$/i.test(String(key))
      ? Buffer.from(String(key), 'hex')
      : Buffer.from(String(key), 'base64');
  if (buf.length !== 32) throw new TypeError('field-seal: key must be 32 bytes (hex or base64)');
  return buf;
}

function generateKey() {
  return crypto.randomBytes(32).toString('base64');
}

/** Sub-keys for encryption and for blind indexes, so one secret serves both. */
function deriveKeys(key) {
  const master = toKey(key);
  return {
    enc: Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'field-seal:enc', 32)),
    idx: Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'field-seal:idx', 32)),
    siv: Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'field-seal:siv', 32)),
  };
}

/** Randomised encryption: AES-256-GCM with a fresh 96-bit nonce; `aad` binds the field name. */
function seal(keys, plaintext, aad) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.enc, iv);
  if (aad) cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(String(plaintext), 'utf8'), cipher.final()]);
  return RANDOM_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

function open(keys, payload, aad) {
  const raw = Buffer.from(payload.slice(RANDOM_PREFIX.length), 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', keys.enc, raw.subarray(0, 12));
  if (aad) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/**
 * Deterministic encryption, so that equality queries still work:
 *   Model.find({ email: sealDeterministic(keys, 'ann@example.com') })
 * The same plaintext always gives the same ciphertext. The nonce is synthetic (an HMAC of the
 * whole plaintext under its own sub-key), so different plaintexts get different nonces, and
 * the value is AES-256-GCM encrypted and authenticated like the randomised fields.
 */
function syntheticIv(keys, data, aad) {
  return crypto.createHmac('sha256', keys.siv).update(`${aad || ''}\0`).update(data).digest().subarray(0, 12);
}

function sealDeterministic(keys, plaintext, aad) {
  const data = Buffer.from(String(plaintext), 'utf8');
  const iv = syntheticIv(keys, data, aad);
  // safe: CWE-327
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.enc, iv);
  if (aad) cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(data), cipher.final()]);
  return DETERMINISTIC_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

function openDeterministic(keys, payload, aad) {
  const raw = Buffer.from(payload.slice(DETERMINISTIC_PREFIX.length), 'base64');
  const iv = raw.subarray(0, 12);
  // safe: CWE-327
  const decipher = crypto.createDecipheriv('aes-256-gcm', keys.enc, iv);
  if (aad) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  const data = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  if (!crypto.timingSafeEqual(iv, syntheticIv(keys, data, aad))) throw new Error('field-seal: invalid deterministic value');
  return data.toString('utf8');
}

/** HMAC-SHA256 blind index for exact-match lookups on randomised fields. */
function blindIndex(keys, value, field) {
  return crypto.createHmac('sha256', keys.idx).update(`${field}\0${String(value).trim().toLowerCase()}`).digest('base64url');
}

function isSealed(value) {
  return typeof value === 'string' && (value.startsWith(RANDOM_PREFIX) || value.startsWith(DETERMINISTIC_PREFIX) || value.startsWith(LEGACY_DETERMINISTIC_PREFIX));
}

function unseal(keys, value, aad) {
  if (typeof value !== 'string') return value;
  if (value.startsWith(RANDOM_PREFIX)) return open(keys, value, aad);
  if (value.startsWith(DETERMINISTIC_PREFIX)) return openDeterministic(keys, value, aad);
  if (value.startsWith(LEGACY_DETERMINISTIC_PREFIX)) {
    throw new Error('field-seal: fsd1 (ECB) values are no longer read; re-encrypt them with field-seal-migrate');
  }
  return value;
}

module.exports = {
  toKey, generateKey, deriveKeys, seal, open, sealDeterministic, openDeterministic,
  blindIndex, isSealed, unseal, RANDOM_PREFIX, DETERMINISTIC_PREFIX,
};
