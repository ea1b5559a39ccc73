import type { Database } from 'bun:sqlite'

export interface MacroRow {
  id: number
  tenant: string
  name: string
  condition: string
  actions: string
}

export function listMacros(db: Database, tenant: string): MacroRow[] {
  return db.query('SELECT * FROM macros WHERE tenant = ? ORDER BY name').all(tenant) as MacroRow[]
}

export function getMacro(db: Database, tenant: string, id: number): MacroRow | null {
  return db.query('SELECT * FROM macros WHERE tenant = ? AND id = ?').get(tenant, id) as MacroRow | null
}

export function saveMacro(db: Database, tenant: string, name: string, condition: string, actions: unknown[]): MacroRow {
  return db
    .query('INSERT INTO macros (tenant, name, condition, actions) VALUES (?, ?, ?, ?) RETURNING *')
    .get(tenant, name, condition, JSON.stringify(actions)) as MacroRow
}

export function listWebhooks(db: Database, tenant: string, event: string): { id: number; url: string; secret: string }[] {
  return db
    .query("SELECT id, url, secret FROM webhooks WHERE tenant = ? AND (',' || events || ',') LIKE ?")
    .all(tenant, `%,${event},%`) as { id: number; url: string; secret: string }[]
}

export function saveWebhook(db: Database, tenant: string, url: string, events: string[], secret: string): number {
  const result = db.run('INSERT INTO webhooks (tenant, url, events, secret) VALUES (?, ?, ?, ?)', [tenant, url, events.join(','), secret])
  return Number(result.lastInsertRowid)
}

export function loadSettings(db: Database, tenant: string): Record<string, unknown> {
  const row = db.query('SELECT json FROM settings WHERE tenant = ?').get(tenant) as { json: string } | null
  return row ? JSON.parse(row.json) : {}
}

export function storeSettings(db: Database, tenant: string, settings: Record<string, unknown>): void {
  db.run('INSERT INTO settings (tenant, json) VALUES (?1, ?2) ON CONFLICT(tenant) DO UPDATE SET json = ?2', [tenant, JSON.stringify(settings)])
}
