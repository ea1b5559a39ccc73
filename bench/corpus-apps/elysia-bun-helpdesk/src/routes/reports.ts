import { Elysia, t } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { auditByActor, listAudit } from '../repositories/audit-repository'

export const reportRoutes = new Elysia({ prefix: '/reports' })
  .use(agentAuth)
  .get('/volume', ({ tenant, query, reports }) => reports.volumeBy(tenant, query.dimension ?? 'channel', query.from, query.to), {
    query: t.Object({ dimension: t.Optional(t.String()), from: t.String(), to: t.String() }),
  })
  .get('/sla-breaches', ({ tenant, query, reports }) => reports.slaBreaches(tenant, new Date(query.since)), {
    query: t.Object({ since: t.String({ format: 'date' }) }),
  })
  .get('/leaderboard', ({ tenant, query, reports }) => reports.leaderboard(tenant, query.metric ?? 'solved', Math.min(Number(query.limit) || 10, 50)))
  .get('/csat', ({ tenant, query, reports }) => reports.satisfaction(tenant, query.from ?? '1970-01-01', query.to ?? new Date().toISOString()))
  .get('/audit', ({ tenant, query }) => {
    const limit = Math.min(Number(query.limit) || 50, 500)
    if (query.actor) return auditByActor(tenant, query.actor)
    return listAudit(tenant, query.action, limit)
  })
