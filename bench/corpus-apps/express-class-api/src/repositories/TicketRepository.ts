import type { Pool, RowDataPacket } from 'mysql2/promise';

export interface TicketFilters {
  field: string;
  value: string;
}

const FILTERABLE = new Set(['status', 'priority', 'assignee']);

export class TicketRepository {
  constructor(private readonly db: Pool) {}

  async byId(id: number) {
    // safe: CWE-89
    const [rows] = await this.db.execute<RowDataPacket[]>('SELECT * FROM tickets WHERE id = ?', [id]);
    return rows[0];
  }

  async search(term: string) {
    // vuln: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT id, subject FROM tickets WHERE subject LIKE '%${term}%' LIMIT 50`);
    return rows;
  }

  async filtered(filters: TicketFilters) {
    // vuln: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT id, subject FROM tickets WHERE ${filters.field} = ? LIMIT 50`, [filters.value]);
    return rows;
  }

  async filteredSafe(filters: TicketFilters) {
    if (!FILTERABLE.has(filters.field)) return [];
    // safe: CWE-89
    const [rows] = await this.db.query<RowDataPacket[]>(`SELECT id, subject FROM tickets WHERE ${filters.field} = ? LIMIT 50`, [filters.value]);
    return rows;
  }

  async createShare(ticketId: number, token: string) {
    // safe: CWE-89
    await this.db.execute('INSERT INTO ticket_shares (ticket_id, token) VALUES (?, ?)', [ticketId, token]);
  }
}
