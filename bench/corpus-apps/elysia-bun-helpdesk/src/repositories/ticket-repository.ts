import type { Database } from 'bun:sqlite'

export interface Ticket {
  id: number
  tenant: string
  customer_id: number
  assignee_id: number | null
  subject: string
  body: string
  status: string
  priority: string
  created_at: number
  updated_at: number
}

export interface ListOptions {
  status?: string
  assignee?: number
  sort: string
  direction: 'ASC' | 'DESC'
  limit: number
  offset: number
}

const SORTABLE: Record<string, string> = {
  created: 'created_at',
  updated: 'updated_at',
  priority: 'priority',
  subject: 'subject',
}

export class TicketRepository {
  constructor(private readonly db: Database) {}

  findById(tenant: string, id: number): Ticket | null {
    // safe: CWE-89
    return this.db.query('SELECT * FROM tickets WHERE tenant = $tenant AND id = $id').get({ $tenant: tenant, $id: id }) as Ticket | null
  }

  create(tenant: string, input: { customerId: number; subject: string; body: string; priority: string }): Ticket {
    const now = Date.now()
    const stmt = this.db.prepare(
      `INSERT INTO tickets (tenant, customer_id, subject, body, priority, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING *`,
    )
    return stmt.get(tenant, input.customerId, input.subject, input.body, input.priority, now) as Ticket
  }

  updateStatus(tenant: string, id: number, status: string): void {
    this.db.run('UPDATE tickets SET status = ?, updated_at = ? WHERE tenant = ? AND id = ?', [status, Date.now(), tenant, id])
  }

  assign(tenant: string, id: number, agentId: number): void {
    this.db.run('UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE tenant = ? AND id = ?', [agentId, Date.now(), tenant, id])
  }

  list(tenant: string, options: ListOptions): Ticket[] {
    const where = ['tenant = $tenant']
    const params: Record<string, string | number> = { $tenant: tenant, $limit: options.limit, $offset: options.offset }
    if (options.status) {
      where.push('status = $status')
      params.$status = options.status
    }
    if (options.assignee) {
      where.push('assignee_id = $assignee')
      params.$assignee = options.assignee
    }
    const text = `SELECT * FROM tickets WHERE ${where.join(' AND ')} ORDER BY ${options.sort} ${options.direction} LIMIT $limit OFFSET $offset`
    // vuln: CWE-89
    return this.db.query(text).all(params) as Ticket[]
  }

  listArchived(tenant: string, sortKey: string, limit: number): Ticket[] {
    const column = SORTABLE[sortKey] ?? 'updated_at'
    const text = `SELECT * FROM tickets WHERE tenant = ? AND status = 'closed' ORDER BY ${column} DESC LIMIT ?`
    // safe: CWE-89
    return this.db.query(text).all(tenant, limit) as Ticket[]
  }

  search(tenant: string, term: string): Ticket[] {
    const text = `SELECT id, subject, status, priority, updated_at FROM tickets
      WHERE tenant = '${tenant}' AND (subject LIKE '%${term}%' OR body LIKE '%${term}%')
      ORDER BY updated_at DESC LIMIT 50`
    // vuln: CWE-89
    return this.db.query(text).all() as Ticket[]
  }

  searchBySubject(tenant: string, prefix: string): Ticket[] {
    // safe: CWE-89
    return this.db
      .query("SELECT id, subject, status FROM tickets WHERE tenant = ?1 AND subject LIKE ?2 ESCAPE '\\' LIMIT 20")
      .all(tenant, prefix.replace(/[\\%_]/g, '\\$&') + '%') as Ticket[]
  }

  countByStatus(tenant: string): { status: string; n: number }[] {
    return this.db.query('SELECT status, COUNT(*) AS n FROM tickets WHERE tenant = ? GROUP BY status').all(tenant) as {
      status: string
      n: number
    }[]
  }
}
