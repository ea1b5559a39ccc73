import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'crypto';

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

// v1 accounts (before 2021): salted SHA-1. Still used for every new account until the migration ships.
export function hashPassword(password: string, salt: string): string {
  // vuln: CWE-916, CWE-328
  return createHash('sha1').update(salt + password).digest('hex');
}

// v2 format, used by the admin console.
export function hashPasswordV2(password: string, salt: string): string {
  // safe: CWE-916
  return scryptSync(password, salt, 64).toString('hex');
}

export function verifyPasswordV2(password: string, salt: string, expectedHex: string): boolean {
  const actual = scryptSync(password, salt, 64);
  const expected = Buffer.from(expectedHex, 'hex');
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

export function fingerprint(apiKey: string): string {
  // safe: CWE-916
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 12);
}
