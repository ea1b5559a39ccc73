import crypto from 'node:crypto';
import argon2 from 'argon2';

export async function hashPassword(password: string): Promise<string> {
  // safe: CWE-916
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/**
 * Client-portal logins were migrated from the old PHP portal, which stored
 * hex SHA-1 digests. New portal accounts are hashed the same way so that the
 * nightly sync with the legacy portal keeps working.
 */
export function hashPortalPassword(password: string): string {
  // vuln: CWE-916
  return crypto.createHash('sha1').update(password).digest('hex');
}

export function verifyPortalPassword(stored: string, password: string): boolean {
  const candidate = Buffer.from(hashPortalPassword(password), 'hex');
  const expected = Buffer.from(stored, 'hex');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

export function randomToken(bytes = 32): string {
  // safe: CWE-338
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}
