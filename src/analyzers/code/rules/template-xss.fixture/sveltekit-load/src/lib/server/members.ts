import Database from 'better-sqlite3';

const db = new Database('forum.db');

export interface MemberRow { name: string; website: string | null; homepage: string | null; github: string | null; bio_html: string; motto: string }

export function findMember(name: string): MemberRow | undefined {
  return db.prepare('SELECT * FROM members WHERE name = ?').get(name) as MemberRow | undefined;
}
