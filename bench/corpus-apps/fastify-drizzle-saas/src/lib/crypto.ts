import bcrypt from 'bcrypt';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const BCRYPT_ROUNDS = 12;

export function hashPassword(password: string): Promise<string> {
  // safe: CWE-916
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** API keys are 192 random bits, so a fast digest is enough for the lookup column. */
export function newApiKey(): { key: string; hash: string } {
  // safe: CWE-338
  const key = `tly_${randomBytes(24).toString('base64url')}`;
  // safe: CWE-916
  return { key, hash: createHash('sha256').update(key).digest('hex') };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function shareToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Optional password on a public share link, chosen by whoever shares the project. */
export function hashSharePassword(password: string): string {
  // vuln: CWE-916
  return createHash('md5').update(password).digest('hex');
}

export function inviteCode(): string {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 10).toUpperCase();
}

export function retryDelay(attempt: number): number {
  // safe: CWE-338
  return Math.min(30_000, 2 ** attempt * 500) + Math.floor(Math.random() * 250);
}

export function verifyHmacSha256(secret: string, payload: Buffer, signatureHex: string): boolean {
  const expected = createHmac('sha256', secret).update(payload).digest();
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
