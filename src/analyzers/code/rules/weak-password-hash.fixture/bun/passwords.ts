// Bun's hashers: `new Bun.CryptoHasher(alg)` (streaming), `Bun.MD5.hash()` / `Bun.CryptoHasher.hash(alg, x)` (one shot).
import { CryptoHasher } from 'bun';

export function hashPassword(password: string): string {
  // ruleid: js/weak-password-hash
  return new Bun.CryptoHasher('md5').update(password).digest('hex');
}

export function legacyHash(password: string): string {
  // ruleid: js/weak-password-hash
  return new CryptoHasher('sha1').update(password).digest('hex');
}

export function oneShot(password: string) {
  // ruleid: js/weak-password-hash
  const a = Bun.MD5.hash(password, 'hex');
  // ruleid: js/weak-password-hash
  const b = Bun.CryptoHasher.hash('sha256', password);
  return [a, b];
}

export function checksum(data: ArrayBuffer): string {
  // ok: js/weak-password-hash
  return new Bun.CryptoHasher('sha256').update(data).digest('hex');
}

export async function strong(password: string) {
  // ok: js/weak-password-hash
  return Bun.password.hash(password, { algorithm: 'argon2id' });
}
