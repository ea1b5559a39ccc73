import type { RowDataPacket, ResultSetHeader } from 'mysql2/promise';
import { pool } from '../db';

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  role: 'reader' | 'author' | 'editor';
  passwordHash: string | null;
  legacyMd5: string | null;
  settings: string | null;
}

type UserRow = UserRecord & RowDataPacket;

export const userRepository = {
  async findByEmail(email: string): Promise<UserRecord | null> {
    const [rows] = await pool.execute<UserRow[]>(
      `SELECT id, email, name, role, password_hash AS passwordHash, legacy_md5 AS legacyMd5, settings
         FROM users WHERE email = ? LIMIT 1`,
      [email.toLowerCase()],
    );
    return rows[0] ?? null;
  },

  async findById(id: number): Promise<UserRecord | null> {
    const [rows] = await pool.execute<UserRow[]>(
      `SELECT id, email, name, role, password_hash AS passwordHash, legacy_md5 AS legacyMd5, settings
         FROM users WHERE id = ?`,
      [id],
    );
    return rows[0] ?? null;
  },

  async upgradePasswordHash(id: number, passwordHash: string): Promise<void> {
    await pool.execute<ResultSetHeader>('UPDATE users SET password_hash = ?, legacy_md5 = NULL WHERE id = ?', [passwordHash, id]);
  },

  async saveSettings(id: number, settings: object): Promise<void> {
    await pool.execute<ResultSetHeader>('UPDATE users SET settings = ? WHERE id = ?', [JSON.stringify(settings), id]);
  },

  async createInvite(email: string, code: string): Promise<void> {
    await pool.execute<ResultSetHeader>(
      'INSERT INTO invites (email, code, expires_at) VALUES (?, ?, DATE_ADD(NOW(), INTERVAL 7 DAY))',
      [email, code],
    );
  },
};
