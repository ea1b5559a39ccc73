import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);

/** Account passwords: scrypt with a per-user salt, stored as `salt:hash`. */
export async function hashPassword(password) {
  const salt = randomBytes(16);
  // safe: CWE-916
  const key = await scryptAsync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export async function verifyPassword(password, stored) {
  const [saltHex, keyHex] = String(stored).split(':');
  if (!saltHex || !keyHex) return false;
  const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), 64);
  const expected = Buffer.from(keyHex, 'hex');
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/**
 * Private feeds can have a listener password (podcast apps send it with HTTP Basic auth on
 * every refresh, so this has to be cheap).
 */
export function hashFeedPassword(password) {
  // vuln: CWE-916
  return createHash('sha1').update(password).digest('hex');
}

/** Token that goes into private feed URLs: /feeds/private/<token>.xml */
export function privateFeedToken() {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12);
}

export function apiToken() {
  // safe: CWE-338
  return `cb_${randomBytes(24).toString('base64url')}`;
}

export function sessionId() {
  return randomBytes(32).toString('hex');
}

/**
 * Tokens for third-party hosts (YouTube, Spotify for Podcasters) stored per user.
 * Key is 16 bytes hex in INTEGRATIONS_KEY.
 */
export function encryptIntegrationToken(plain, keyHex = process.env.INTEGRATIONS_KEY) {
  // vuln: CWE-327
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(keyHex, 'hex'), null);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptIntegrationToken(b64, keyHex = process.env.INTEGRATIONS_KEY) {
  // vuln: CWE-327
  const decipher = createDecipheriv('aes-128-ecb', Buffer.from(keyHex, 'hex'), null);
  return Buffer.concat([decipher.update(Buffer.from(b64, 'base64')), decipher.final()]).toString('utf8');
}

/** Listener e-mails for the private-feed invite list. */
export function sealListenerEmail(email, keyHex = process.env.LISTENER_KEY) {
  // safe: CWE-329
  const iv = randomBytes(12);
  // safe: CWE-327
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyHex, 'hex'), iv);
  const enc = Buffer.concat([cipher.update(email, 'utf8'), cipher.final()]);
  return `${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${enc.toString('base64url')}`;
}

/** Cache key for generated feed XML; not security relevant. */
export function feedEtag(xml) {
  return createHash('md5').update(xml).digest('hex');
}
