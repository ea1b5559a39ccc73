import { createCipheriv, createDecipheriv, createHash, pbkdf2Sync, randomBytes, scryptSync } from 'node:crypto';

const SECRET_KEY = scryptSync(process.env.ENCRYPTION_KEY ?? '', 'app-salt', 32);
const IV = Buffer.from('a1b2c3d4e5f6a7b8a1b2c3d4e5f6a7b8', 'hex');

export function encryptField(value: string): string {
  // ruleid: js/static-iv
  const cipher = createCipheriv('aes-256-cbc', SECRET_KEY, IV);
  return cipher.update(value, 'utf8', 'hex') + cipher.final('hex');
}

export function decryptField(value: string): string {
  const decipher = createDecipheriv('aes-256-cbc', SECRET_KEY, IV);
  return decipher.update(value, 'hex', 'utf8') + decipher.final('utf8');
}

export function rc4(value: string, key: Buffer): string {
  // ruleid: js/weak-cipher
  const cipher = createCipheriv('rc4', key, '');
  return cipher.update(value, 'utf8', 'hex') + cipher.final('hex');
}

export function hashPassword(password: string): string {
  // ruleid: js/weak-password-hash
  return createHash('sha256').update(password).digest('hex');
}

export function hashPasswordWithSalt(password: string): { salt: string; hash: string } {
  const salt = randomBytes(16).toString('hex');
  // ok: js/weak-password-hash
  const hash = pbkdf2Sync(password, salt, 600_000, 32, 'sha256').toString('hex');
  return { salt, hash };
}

export function checksum(fileContents: Buffer): string {
  // ok: js/weak-password-hash
  return createHash('sha1').update(fileContents).digest('hex');
}

export function gravatarUrl(email: string): string {
  // ok: js/weak-password-hash
  const digest = createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${digest}`;
}

export function legacyPasswordCheck(password: string, storedHash: string): boolean {
  // ruleid: js/weak-password-hash
  const md5 = createHash('md5').update(password).digest('hex');
  return md5 === storedHash;
}

export function newIv(): Buffer {
  // ok: js/static-iv
  return randomBytes(16);
}
