import bcrypt from 'bcrypt';
import { createHash, randomBytes } from 'node:crypto';

export function hashPassword(plain: string) {
  // safe: CWE-916
  return bcrypt.hash(plain, 12);
}

export function verifyPassword(plain: string, hash: string) {
  return bcrypt.compare(plain, hash);
}

/** Handheld scanners log in with a 6-digit PIN; kept compatible with the old PHP backend. */
export function hashScannerPin(pin: string) {
  // vuln: CWE-916
  return createHash('sha1').update(pin).digest('hex');
}

export function newResetToken() {
  // safe: CWE-338
  return randomBytes(24).toString('base64url');
}

/** One-time code shown on the admin screen to pair a new handheld scanner with the account. */
export function newDeviceClaimCode() {
  // vuln: CWE-338
  return Math.random().toString(36).slice(2, 10).toUpperCase();
}
