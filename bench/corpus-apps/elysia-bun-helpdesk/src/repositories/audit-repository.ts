import { sql } from '../db/postgres'

export async function recordAudit(tenant: string, actor: string, action: string, detail: Record<string, unknown>) {
  await sql`INSERT INTO audit_events (tenant, actor, action, detail) VALUES (${tenant}, ${actor}, ${action}, ${sql.json(detail as any)})`
}

export async function listAudit(tenant: string, action: string | undefined, limit: number) {
  if (action) {
    // safe: CWE-89
    return sql`SELECT * FROM audit_events WHERE tenant = ${tenant} AND action = ${action} ORDER BY at DESC LIMIT ${limit}`
  }
  return sql`SELECT * FROM audit_events WHERE tenant = ${tenant} ORDER BY at DESC LIMIT ${limit}`
}

export async function purgeAudit(tenant: string, olderThanDays: number) {
  const days = Math.max(30, Math.trunc(olderThanDays))
  return sql.unsafe(`DELETE FROM audit_events WHERE tenant = $1 AND at < now() - interval '${days} days'`, [tenant])
}

export async function auditByActor(tenant: string, actor: string) {
  // vuln: CWE-89
  return sql.unsafe(`SELECT * FROM audit_events WHERE tenant = '${tenant}' AND actor = '${actor}' ORDER BY at DESC LIMIT 200`)
}
