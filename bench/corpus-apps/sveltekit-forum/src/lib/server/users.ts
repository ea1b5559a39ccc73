import { db, type UserRow } from './db';

export function findUserByName(username: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE username = ? COLLATE NOCASE').get(username) as UserRow | undefined;
}

export function findUserById(id: number): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export function createUser(username: string, email: string, passwordHash: string): number {
  const info = db
    .prepare('INSERT INTO users (username, email, password_hash) VALUES (?, ?, ?)')
    .run(username, email, passwordHash);
  return Number(info.lastInsertRowid);
}

export function updateProfile(id: number, fields: { bio: string; website: string | null; mastodon: string | null }) {
  db.prepare('UPDATE users SET bio = ?, website = ?, mastodon = ? WHERE id = ?').run(
    fields.bio,
    fields.website,
    fields.mastodon,
    id
  );
}

export function updateAvatar(id: number, avatar: string) {
  db.prepare('UPDATE users SET avatar = ? WHERE id = ?').run(avatar, id);
}

export function savePreferences(id: number, json: string) {
  db.prepare('UPDATE users SET preferences = ? WHERE id = ?').run(json, id);
}
