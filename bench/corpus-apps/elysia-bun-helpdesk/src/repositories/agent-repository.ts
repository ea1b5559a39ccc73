import type { Database } from 'bun:sqlite'

export interface Agent {
  id: number
  tenant: string
  email: string
  name: string
  password_hash: string
  role: 'agent' | 'admin'
  reset_token: string | null
  reset_expires: number | null
}

export function findAgentByEmail(db: Database, email: string): Agent | null {
  // safe: CWE-89
  return db.query('SELECT * FROM agents WHERE email = ?').get(email.toLowerCase()) as Agent | null
}

export function findAgentById(db: Database, id: number): Agent | null {
  return db.query('SELECT * FROM agents WHERE id = $id').get({ $id: id }) as Agent | null
}

export function saveResetToken(db: Database, id: number, token: string, expires: number): void {
  db.run('UPDATE agents SET reset_token = ?, reset_expires = ? WHERE id = ?', [token, expires, id])
}

export function findByResetToken(db: Database, token: string): Agent | null {
  return db.query('SELECT * FROM agents WHERE reset_token = ? AND reset_expires > ?').get(token, Date.now()) as Agent | null
}

export function updatePassword(db: Database, id: number, hash: string): void {
  db.run('UPDATE agents SET password_hash = ?, reset_token = NULL, reset_expires = NULL WHERE id = ?', [hash, id])
}

const ROLE_FILTERS = { agent: "role = 'agent'", admin: "role = 'admin'", all: '1 = 1' } as const

export function listAgents(db: Database, tenant: string, role: string): Agent[] {
  const filter = ROLE_FILTERS[role as keyof typeof ROLE_FILTERS] ?? ROLE_FILTERS.all
  // safe: CWE-89
  return db.query(`SELECT id, email, name, role FROM agents WHERE tenant = ? AND ${filter} ORDER BY name`).all(tenant) as Agent[]
}
