import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { db } from './db';

export const SESSION_COOKIE = 'forum_session';
export const SESSION_DAYS = 14;

export type SessionUser = { id: number; username: string; isModerator: boolean };

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  // safe: CWE-916
  const hash = scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length, { N: 16384, r: 8, p: 1 });
  return timingSafeEqual(actual, expected);
}

function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createSession(userId: number): string {
  // safe: CWE-330
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  db.prepare('INSERT INTO sessions (id, user_id, expires_at) VALUES (?, ?, ?)').run(sessionId(token), userId, expires);
  return token;
}

export function validateSession(token: string): SessionUser | null {
  const row = db
    .prepare(
      `SELECT u.id, u.username, u.is_moderator FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = ? AND s.expires_at > ?`
    )
    .get(sessionId(token), new Date().toISOString()) as { id: number; username: string; is_moderator: number } | undefined;
  return row ? { id: row.id, username: row.username, isModerator: row.is_moderator === 1 } : null;
}

export function invalidateSession(token: string): void {
  db.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId(token));
}
