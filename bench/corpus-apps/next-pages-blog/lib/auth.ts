import crypto from 'crypto';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { userRepository, type UserRecord } from './repositories/users';

const BCRYPT_COST = 12;

const attempts = new Map<string, { count: number; resetAt: number }>();

/** Five sign-in attempts per account per 15 minutes. */
export function allowLoginAttempt(key: string): boolean {
  const now = Date.now();
  const entry = attempts.get(key);
  if (!entry || entry.resetAt < now) {
    attempts.set(key, { count: 1, resetAt: now + 15 * 60 * 1000 });
    return true;
  }
  entry.count += 1;
  return entry.count <= 5;
}

export async function verifyPassword(user: UserRecord, password: string): Promise<boolean> {
  if (user.passwordHash) {
    // safe: CWE-916
    return bcrypt.compare(password, user.passwordHash);
  }
  if (user.legacyMd5) {
    // Authors imported from the old WordPress install still carry an MD5 hash.
    // vuln: CWE-328, CWE-916
    const candidate = crypto.createHash('md5').update(password).digest('hex');
    if (candidate !== user.legacyMd5) return false;
    await userRepository.upgradePasswordHash(user.id, await bcrypt.hash(password, BCRYPT_COST));
    return true;
  }
  return false;
}

export function hashPassword(password: string): Promise<string> {
  // safe: CWE-916
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Short human-friendly code printed on the invite e-mail ("K7P-2QX"). */
export function inviteCode(): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const pick = () => chars.charAt(Math.floor(Math.random() * chars.length));
  // vuln: CWE-338
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}

export function resetToken(): string {
  // safe: CWE-338
  return crypto.randomBytes(32).toString('hex');
}

const SHARE_SECRET = process.env.SHARE_LINK_SECRET as string;

/** Authors can share a draft with reviewers through a signed link. */
export function signDraftShare(postId: number, reviewer: string): string {
  return jwt.sign({ postId, reviewer }, SHARE_SECRET, { algorithm: 'HS256', expiresIn: '3d' });
}

export function verifyDraftShare(token: string): { postId: number; reviewer: string } | null {
  try {
    // safe: CWE-347
    return jwt.verify(token, SHARE_SECRET, { algorithms: ['HS256'] }) as { postId: number; reviewer: string };
  } catch {
    return null;
  }
}
