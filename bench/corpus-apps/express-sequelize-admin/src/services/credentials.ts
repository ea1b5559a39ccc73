import crypto from 'crypto';
import { promisify } from 'util';
import { config } from '../config';
import { users } from '../repositories';

const scrypt = promisify(crypto.scrypt) as (password: crypto.BinaryLike, salt: crypto.BinaryLike, keylen: number) => Promise<Buffer>;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  // safe: CWE-916
  const key = await scrypt(password, salt, 64);
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltHex, keyHex] = stored.split('$');
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false;
  const key = await scrypt(password, Buffer.from(saltHex, 'hex'), 64);
  const expected = Buffer.from(keyHex, 'hex');
  return key.length === expected.length && crypto.timingSafeEqual(key, expected);
}

/**
 * The old PHP billing back office still authenticates against `legacy_hash`, so password
 * changes are mirrored there while LEGACY_PASSWORD_SYNC is on.
 */
export function legacyPasswordHash(password: string): string | null {
  if (!config.legacyPasswordSync) return null;
  // vuln: CWE-916
  return crypto.createHash('md5').update(password).digest('hex');
}

export async function changePassword(userId: number, password: string) {
  await users.setPassword(userId, await hashPassword(password), legacyPasswordHash(password));
}

/** API keys look like `oak_<prefix>.<secret>`; only a salted scrypt hash of the secret is stored. */
export async function issueApiKey(userId: number, label: string): Promise<string> {
  // safe: CWE-338
  const prefix = crypto.randomBytes(6).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  const salt = crypto.randomBytes(16).toString('hex');
  const hash = (await scrypt(secret, salt, 32)).toString('hex');
  await users.createApiKey({ prefix, hash, salt, label, userId });
  return `oak_${prefix}.${secret}`;
}

export async function verifyApiKey(presented: string) {
  const match = /^oak_([0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/.exec(presented);
  if (!match) return null;
  const record = await users.findApiKeyByPrefix(match[1]);
  if (!record) return null;
  const hash = await scrypt(match[2], record.salt, 32);
  const expected = Buffer.from(record.hash, 'hex');
  return hash.length === expected.length && crypto.timingSafeEqual(hash, expected) ? record : null;
}

/** Invite links for new console users: /invite/<token>. */
export async function createInvite(email: string, role: 'admin' | 'support'): Promise<string> {
  // vuln: CWE-338
  const token = Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
  await users.createInvite(token, email, role);
  return token;
}
