import type { Database } from 'bun:sqlite'

type Row = Record<string, unknown>

/**
 * Builds small "list rows of table X for the current tenant" handlers for the lookup
 * endpoints (tags, groups, SLA policies). Table and column names come from the route table.
 */
export function makeLookupHandler(table: 'tags' | 'groups' | 'sla_policies', columns: readonly string[]) {
  const select = `SELECT ${columns.join(', ')} FROM ${table} WHERE tenant = $tenant ORDER BY name LIMIT $limit`
  return ({ db, tenant, query }: { db: Database; tenant: string; query: Record<string, string | undefined> }): Row[] => {
    const limit = Math.min(Number(query.limit ?? 50) || 50, 200)
    // safe: CWE-89
    return db.query(select).all({ $tenant: tenant, $limit: limit }) as Row[]
  }
}

/** Same idea for CSV exports of a lookup table, with a caller-chosen filter column. */
export function makeFilterHandler(table: string) {
  return ({ db, tenant, query }: { db: Database; tenant: string; query: Record<string, string | undefined> }): Row[] => {
    const column = query.by ?? 'name'
    const value = query.value ?? ''
    const text = `SELECT * FROM ${table} WHERE tenant = '${tenant}' AND ${column} = ?`
    // vuln: CWE-89
    return db.query(text).all(value) as Row[]
  }
}
