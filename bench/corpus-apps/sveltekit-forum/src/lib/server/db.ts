import Database from 'better-sqlite3';
import { env } from '$env/dynamic/private';

export const db = new Database(env.DATABASE_PATH ?? 'data/forum.db');
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');

export type UserRow = {
  id: number;
  username: string;
  email: string;
  password_hash: string;
  bio: string | null;
  website: string | null;
  mastodon: string | null;
  avatar: string | null;
  signature: string | null;
  preferences: string | null;
  is_moderator: 0 | 1;
};

export type ThreadSummary = {
  id: number;
  title: string;
  category: string;
  username: string;
  reply_count: number;
  created_at: string;
};

export type PostRow = {
  id: number;
  thread_id: number;
  author_id: number;
  username: string;
  body: string;
  signature: string | null;
  created_at: string;
};
