import type { D1Database } from '@cloudflare/workers-types';
import type { Role } from '../types';

export type UserRow = {
  id: number;
  email: string;
  password_hash: string;
  display_name: string;
  role: Role;
};

export type ProjectRow = {
  id: number;
  owner_id: number;
  name: string;
  slug: string;
  description: string | null;
  status: string;
  is_public: number;
  created_at: string;
};

export async function findUserByEmail(db: D1Database, email: string): Promise<UserRow | null> {
  // safe: CWE-89
  return db.prepare('SELECT id, email, password_hash, display_name, role FROM users WHERE email = ?1').bind(email).first<UserRow>();
}

export async function createUser(db: D1Database, email: string, passwordHash: string, displayName: string): Promise<number> {
  const row = await db
    .prepare('INSERT INTO users (email, password_hash, display_name) VALUES (?1, ?2, ?3) RETURNING id')
    .bind(email, passwordHash, displayName)
    .first<{ id: number }>();
  return row!.id;
}

export async function updateDisplayName(db: D1Database, userId: number, displayName: string): Promise<void> {
  await db.prepare('UPDATE users SET display_name = ?1 WHERE id = ?2').bind(displayName, userId).run();
}

const SORT_COLUMNS: Record<string, string> = {
  name: 'name',
  created: 'created_at',
  updated: 'updated_at',
};

export async function listProjects(
  db: D1Database,
  ownerId: number,
  opts: { sort?: string; limit: number; offset: number },
): Promise<ProjectRow[]> {
  const column = opts.sort && Object.hasOwn(SORT_COLUMNS, opts.sort) ? SORT_COLUMNS[opts.sort] : 'created_at';
  const sql = `SELECT id, owner_id, name, slug, description, status, is_public, created_at
    FROM projects WHERE owner_id = ?1 ORDER BY ${column} DESC LIMIT ${opts.limit} OFFSET ${opts.offset}`;
  // safe: CWE-89
  const { results } = await db.prepare(sql).bind(ownerId).all<ProjectRow>();
  return results;
}

export async function searchProjects(db: D1Database, ownerId: number, term: string): Promise<ProjectRow[]> {
  const sql = `SELECT id, owner_id, name, slug, description, status, is_public, created_at
    FROM projects
    WHERE owner_id = ${ownerId} AND (name LIKE '%${term}%' OR description LIKE '%${term}%')
    ORDER BY name LIMIT 50`;
  // vuln: CWE-89
  const { results } = await db.prepare(sql).all<ProjectRow>();
  return results;
}

export async function countByStatus(db: D1Database, ownerId: number, statuses: string[]) {
  const placeholders = statuses.map((_, i) => `?${i + 2}`).join(', ');
  const sql = `SELECT status, COUNT(*) AS n FROM projects WHERE owner_id = ?1 AND status IN (${placeholders}) GROUP BY status`;
  // safe: CWE-89
  const { results } = await db.prepare(sql).bind(ownerId, ...statuses).all<{ status: string; n: number }>();
  return results;
}

export async function getProject(db: D1Database, ownerId: number, id: number): Promise<ProjectRow | null> {
  return db
    .prepare('SELECT id, owner_id, name, slug, description, status, is_public, created_at FROM projects WHERE id = ?1 AND owner_id = ?2')
    .bind(id, ownerId)
    .first<ProjectRow>();
}

export async function getPublicProjectBySlug(db: D1Database, slug: string): Promise<ProjectRow | null> {
  return db
    .prepare('SELECT id, owner_id, name, slug, description, status, is_public, created_at FROM projects WHERE slug = ?1 AND is_public = 1')
    .bind(slug)
    .first<ProjectRow>();
}

export async function createProject(
  db: D1Database,
  ownerId: number,
  input: { name: string; slug: string; description?: string; isPublic: boolean },
): Promise<number> {
  const row = await db
    .prepare('INSERT INTO projects (owner_id, name, slug, description, is_public) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id')
    .bind(ownerId, input.name, input.slug, input.description ?? null, input.isPublic ? 1 : 0)
    .first<{ id: number }>();
  return row!.id;
}

export async function addMember(db: D1Database, projectId: number, userId: number): Promise<void> {
  await db.prepare('INSERT OR IGNORE INTO project_members (project_id, user_id) VALUES (?1, ?2)').bind(projectId, userId).run();
}

export async function addTag(db: D1Database, projectId: number, tag: string): Promise<void> {
  await db.prepare('INSERT INTO project_tags (project_id, tag) VALUES (?1, ?2)').bind(projectId, tag).run();
}
