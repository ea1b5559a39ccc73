import crypto from 'node:crypto';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';
import CryptoJS from 'crypto-js';

const KEY = Buffer.from(process.env.ENCRYPTION_KEY, 'hex');
const IV = Buffer.from('1234567890123456');
const ZERO_IV = Buffer.alloc(16, 0);
const IV_LENGTH = 16;

export function encryptWithConstant(text) {
  // ruleid: js/static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

export function decryptWithConstant(data) {
  // ok: js/static-iv
  const decipher = crypto.createDecipheriv('aes-256-cbc', KEY, IV);
  return decipher.update(data, 'hex', 'utf8') + decipher.final('utf8');
}

export function encryptZero(text) {
  // ruleid: js/static-iv
  return createCipheriv('aes-256-cbc', KEY, ZERO_IV).update(text);
}

export function encryptInlineLiteral(text) {
  // ruleid: js/static-iv
  const cipher = createCipheriv('aes-256-gcm', KEY, 'abcdefghijkl');
  return cipher.update(text);
}

export function encryptAllocated(text) {
  // ruleid: js/static-iv
  return crypto.createCipheriv('aes-256-ctr', KEY, Buffer.alloc(IV_LENGTH)).update(text);
}

export function encryptFromEnv(text) {
  const iv = Buffer.from(process.env.ENCRYPTION_IV, 'hex');
  // ruleid: js/static-iv
  return crypto.createCipheriv('aes-256-cbc', KEY, iv).update(text);
}

export function encryptDerived(text, secretKey) {
  const key = crypto.createHash('sha256').update(String(secretKey)).digest('base64').substr(0, 32);
  const derivedIv = crypto.createHash('sha256').update(String(secretKey)).digest('base64').substr(0, 16);
  // ruleid: js/static-iv
  return crypto.createCipheriv('aes-256-cbc', key, derivedIv).update(text);
}

export async function webCryptoEncrypt(key, data) {
  return crypto.webcrypto.subtle.encrypt(
    // ruleid: js/static-iv
    { name: 'AES-GCM', iv: new Uint8Array(12) },
    key,
    data,
  );
}

export function cryptoJsFixedIv(text, secret) {
  return CryptoJS.AES.encrypt(text, CryptoJS.enc.Utf8.parse(secret), {
    // ruleid: js/static-iv
    iv: CryptoJS.enc.Utf8.parse('0000000000000000'),
    mode: CryptoJS.mode.CBC,
  }).toString();
}

// Safe look-alikes: a fresh random IV per message.
export function encryptRandom(text) {
  const nonce = randomBytes(12);
  // ok: js/static-iv
  const cipher = createCipheriv('aes-256-gcm', KEY, nonce);
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), enc]).toString('base64');
}

export function encryptRandomInline(text) {
  // ok: js/static-iv
  return crypto.createCipheriv('aes-256-cbc', KEY, crypto.randomBytes(IV_LENGTH)).update(text);
}

export function decryptStored(payload) {
  const raw = Buffer.from(payload, 'base64');
  const storedIv = raw.subarray(0, 12);
  // ok: js/static-iv
  const decipher = createDecipheriv('aes-256-gcm', KEY, storedIv);
  return decipher;
}

export function encryptWithParam(text, ivFromCaller) {
  // ok: js/static-iv
  return crypto.createCipheriv('aes-256-cbc', KEY, ivFromCaller).update(text);
}

export async function webCryptoRandom(key, data) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  // ok: js/static-iv
  return crypto.webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);
}

export function streamCipherHasNoIv(text) {
  // ok: js/static-iv
  return crypto.createCipheriv('rc4', KEY, '').update(text);
}

export function ecbHasNoIv(text) {
  // ok: js/static-iv
  return crypto.createCipheriv('aes-128-ecb', KEY, null).update(text);
}

// One nonce per instance, drawn (or derived) by the constructor and reused by every encrypt().
export class TokenCipher {
  constructor(key, options = {}) {
    this.key = key;
    this.iv = options.iv ? Buffer.from(options.iv, 'hex') : randomBytes(12);
  }

  encrypt(text) {
    // ruleid: js/static-iv
    const cipher = createCipheriv('aes-256-gcm', this.key, this.iv);
    return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  }

  decrypt(data, tag) {
    // ok: js/static-iv
    const decipher = createDecipheriv('aes-256-gcm', this.key, this.iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  }
}

// A fresh nonce for each message, kept on the instance for the caller to read.
export class FreshCipher {
  constructor(key) {
    this.key = key;
    this.iv = null;
  }

  encrypt(text) {
    this.iv = randomBytes(12);
    // ok: js/static-iv
    const cipher = createCipheriv('aes-256-gcm', this.key, this.iv);
    return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  }
}

// A nonce buffer the code writes the message's sequence number into before each use (SSH's
// chacha20-poly1305, TLS record nonces): a counter, not the same bytes for every message.
const NONCE = Buffer.alloc(16, 0);
function writeUInt32BE(buf, value, offset) {
  buf[offset++] = value >>> 24;
  buf[offset++] = value >>> 16;
  buf[offset++] = value >>> 8;
  buf[offset] = value;
}
export function sealPacket(key, seqno, packet) {
  NONCE[0] = 0;
  writeUInt32BE(NONCE, seqno, 12);
  // ok: js/static-iv
  return createCipheriv('chacha20', key, NONCE).update(packet);
}

// Reset to the same constant bytes before every use: still one IV for every message.
const RESET_IV = Buffer.alloc(16);
export function encryptReset(text) {
  RESET_IV.fill(0);
  RESET_IV[0] = 1;
  // ruleid: js/static-iv
  return createCipheriv('aes-256-cbc', KEY, RESET_IV).update(text);
}

// Random bytes filled into the allocated buffer.
const FILLED_IV = Buffer.alloc(16);
export function encryptFilled(text) {
  crypto.randomFillSync(FILLED_IV);
  // ok: js/static-iv
  return createCipheriv('aes-256-cbc', KEY, FILLED_IV).update(text);
}

// A GCM invocation counter kept on the instance and incremented after every packet.
function ivIncrement(iv) {
  for (let i = 11; i >= 4; i--) if (++iv[i] !== 0) break;
}
export class PacketCipher {
  constructor(config) {
    this.key = config.key;
    this.iv = config.iv;
  }

  encrypt(packet) {
    // ok: js/static-iv
    const cipher = createCipheriv('aes-256-gcm', this.key, this.iv);
    const out = Buffer.concat([cipher.update(packet), cipher.final(), cipher.getAuthTag()]);
    ivIncrement(this.iv);
    return out;
  }
}

// The instance's IV is only read (logged, sent along): every message still gets the same one.
export class LoggedCipher {
  constructor(key) {
    this.key = key;
    this.iv = randomBytes(16);
  }

  encrypt(text) {
    console.log('iv', this.iv.toString('hex'));
    // ruleid: js/static-iv
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    return Buffer.concat([this.iv, cipher.update(text), cipher.final()]);
  }
}
