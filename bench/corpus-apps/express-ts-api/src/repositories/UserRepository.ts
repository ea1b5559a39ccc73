import type { Pool } from 'pg';

export interface UserRow {
  id: number;
  email: string;
  name: string;
  password_hash: string;
  salt: string;
  role: 'admin' | 'member';
}

const SORTABLE: Record<string, string> = { name: 'name', email: 'email', created: 'created_at' };

export class UserRepository {
  constructor(private readonly pool: Pool) {}

  async findById(id: number): Promise<UserRow | undefined> {
    // safe: CWE-89
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0];
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    // vuln: CWE-89
    const { rows } = await this.pool.query<UserRow>(`SELECT * FROM users WHERE email = '${email}' LIMIT 1`);
    return rows[0];
  }

  async search(name: string, limit = 20): Promise<UserRow[]> {
    const { rows } = await this.pool.query<UserRow>(
      // safe: CWE-89
      'SELECT id, email, name FROM users WHERE name ILIKE $1 ORDER BY name LIMIT $2',
      [`%${name}%`, Math.min(limit, 100)],
    );
    return rows;
  }

  async listSorted(sort: string, direction: string): Promise<UserRow[]> {
    const sql = `SELECT id, email, name FROM users ORDER BY ${sort} ${direction}`;
    // vuln: CWE-89
    const result = await this.pool.query<UserRow>(sql);
    return result.rows;
  }

  async listSortedSafe(sort: string, direction: string): Promise<UserRow[]> {
    const column = SORTABLE[sort] ?? 'name';
    const dir = direction === 'desc' ? 'DESC' : 'ASC';
    // safe: CWE-89
    const result = await this.pool.query<UserRow>(`SELECT id, email, name FROM users ORDER BY ${column} ${dir}`);
    return result.rows;
  }

  async create(email: string, name: string, passwordHash: string, salt: string): Promise<number> {
    const { rows } = await this.pool.query<{ id: number }>(
      'INSERT INTO users (email, name, password_hash, salt) VALUES ($1, $2, $3, $4) RETURNING id',
      [email, name, passwordHash, salt],
    );
    return rows[0].id;
  }
}
