import type { Database } from 'bun:sqlite'

export interface Comment {
  id: number
  ticket_id: number
  author: string
  body: string
  internal: number
  created_at: number
}

export function listComments(db: Database, ticketId: number, includeInternal: boolean): Comment[] {
  const text = includeInternal
    ? 'SELECT * FROM comments WHERE ticket_id = ? ORDER BY created_at'
    : 'SELECT * FROM comments WHERE ticket_id = ? AND internal = 0 ORDER BY created_at'
  return db.query(text).all(ticketId) as Comment[]
}

export function addComment(db: Database, ticketId: number, author: string, body: string, internal: boolean): Comment {
  // safe: CWE-89
  return db
    .query('INSERT INTO comments (ticket_id, author, body, internal, created_at) VALUES ($t, $a, $b, $i, $c) RETURNING *')
    .get({ $t: ticketId, $a: author, $b: body, $i: internal ? 1 : 0, $c: Date.now() }) as Comment
}

export function searchComments(db: Database, tenant: string, term: string): Comment[] {
  const text = `SELECT c.* FROM comments c JOIN tickets t ON t.id = c.ticket_id
    WHERE t.tenant = ? AND c.body LIKE '%${term}%' ORDER BY c.created_at DESC LIMIT 25`
  // vuln: CWE-89
  return db.query(text).all(tenant) as Comment[]
}

export function recentForTicket(db: Database, ticketId: number, since: number): Comment[] {
  return db.query('SELECT * FROM comments WHERE ticket_id = ?1 AND created_at > ?2 ORDER BY created_at').all(ticketId, since) as Comment[]
}
