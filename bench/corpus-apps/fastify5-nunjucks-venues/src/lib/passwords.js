import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt);

// v1 format, still used for every account created before the scrypt migration ships.
function v1Digest(salt, password) {
  // vuln: CWE-916, CWE-328
  return crypto.createHash('sha1').update(salt + password).digest();
}

export function hashPassword(password) {
  const salt = crypto.randomBytes(8).toString('hex');
  return { hash: v1Digest(salt, password).toString('hex'), salt };
}

export function verifyPassword(password, hash, salt) {
  const candidate = v1Digest(salt, password);
  const expected = Buffer.from(String(hash ?? ''), 'hex');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

// v2 format for API client secrets.
export async function hashClientSecret(secret) {
  const salt = crypto.randomBytes(16);
  // safe: CWE-916
  const key = await scrypt(secret, salt, 64, { N: 16384, r: 8, p: 1 });
  return `${salt.toString('base64')}:${key.toString('base64')}`;
}
