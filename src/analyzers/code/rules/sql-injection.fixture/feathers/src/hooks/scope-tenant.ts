import type { HookContext } from '@feathersjs/feathers'
import type { Knex } from 'knex'

export const scopeTenant = (db: Knex) => async (context: HookContext) => {
  const tenant = context.params.query?.tenant
  // ruleid: js/sql-injection
  const rows = await db.raw(`select id from tenants where slug = '${tenant}'`)
  // ok: js/sql-injection
  const safe = await db.raw('select id from tenants where slug = ?', [tenant])
  context.params.tenant = rows[0] ?? safe[0]
  return context
}
