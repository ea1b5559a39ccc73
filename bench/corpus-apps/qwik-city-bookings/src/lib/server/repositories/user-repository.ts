import type { Client, Row } from '@libsql/client';

export interface User {
  id: number;
  email: string;
  fullName: string;
  role: 'customer' | 'staff' | 'owner';
  clinicId: number | null;
  passwordHash: string;
  phone: string;
}

const ROLE_FILTER: Record<string, string> = {
  all: "role IN ('staff', 'owner')",
  staff: "role = 'staff'",
  owners: "role = 'owner'",
};

function toUser(row: Row): User {
  return {
    id: Number(row['id']),
    email: String(row['email']),
    fullName: String(row['full_name']),
    role: String(row['role']) as User['role'],
    clinicId: row['clinic_id'] == null ? null : Number(row['clinic_id']),
    passwordHash: String(row['password_hash']),
    phone: String(row['phone'] ?? ''),
  };
}

export class UserRepository {
  constructor(private readonly client: Client) {}

  async findByEmail(email: string): Promise<User | null> {
    const rs = await this.client.execute({ sql: 'SELECT * FROM users WHERE email = ? COLLATE NOCASE', args: [email] });
    return rs.rows[0] ? toUser(rs.rows[0]) : null;
  }

  async findById(id: number): Promise<User | null> {
    const rs = await this.client.execute({ sql: 'SELECT * FROM users WHERE id = ?', args: [id] });
    return rs.rows[0] ? toUser(rs.rows[0]) : null;
  }

  async create(email: string, fullName: string, passwordHash: string): Promise<number> {
    const rs = await this.client.execute({
      sql: "INSERT INTO users (email, full_name, role, password_hash) VALUES (?, ?, 'customer', ?)",
      args: [email, fullName, passwordHash],
    });
    return Number(rs.lastInsertRowid);
  }

  async createStaff(email: string, fullName: string, passwordHash: string): Promise<number> {
    const rs = await this.client.execute({
      sql: "INSERT INTO users (email, full_name, role, password_hash) VALUES (?, ?, 'staff', ?)",
      args: [email, fullName, passwordHash],
    });
    return Number(rs.lastInsertRowid);
  }

  async updateContact(id: number, fullName: string, phone: string): Promise<void> {
    await this.client.execute({
      sql: 'UPDATE users SET full_name = :fullName, phone = :phone WHERE id = :id',
      args: { fullName, phone, id },
    });
  }

  async savePreferences(id: number, json: string): Promise<void> {
    await this.client.execute({ sql: 'UPDATE users SET preferences = ? WHERE id = ?', args: [json, id] });
  }

  async preferences(id: number): Promise<string> {
    const rs = await this.client.execute({ sql: 'SELECT preferences FROM users WHERE id = ?', args: [id] });
    return String(rs.rows[0]?.['preferences'] ?? '{}');
  }

  async listTeam(clinicId: number, filter: string): Promise<User[]> {
    const where = ROLE_FILTER[filter] ?? ROLE_FILTER['all'];
    const rs = await this.client.execute({
      sql: `SELECT * FROM users WHERE clinic_id = ? AND ${where} ORDER BY full_name`,
      args: [clinicId],
    });
    return rs.rows.map(toUser);
  }
}
