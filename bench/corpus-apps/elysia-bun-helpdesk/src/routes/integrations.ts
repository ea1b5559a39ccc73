import { Elysia, t } from 'elysia'
import { integrationAuth } from '../plugins/integration-auth'
import { TicketService } from '../services/ticket-service'
import { TicketRepository } from '../repositories/ticket-repository'
import { db } from '../db/sqlite'

const service = new TicketService(new TicketRepository(db))

/** API for marketplace integrations (Slack app, e-mail bridge, CRM sidebar). */
export const integrationRoutes = new Elysia({ prefix: '/integrations' })
  .use(integrationAuth)
  .onBeforeHandle(({ integration, path, error }) => {
    const needed = path.includes('/tickets') ? 'tickets:read' : 'customers:read'
    if (!integration.scopes?.includes(needed)) return error(403, 'missing scope')
  })
  .get('/tickets', ({ tenant, query }) => service.list(tenant, { status: query.status, limit: query.limit }))
  .get('/tickets/lookup', ({ tenant, query: { q } }) => service.suggest(tenant, q), { query: t.Object({ q: t.String() }) })
  .get('/tickets/:id', ({ tenant, params: { id }, error }) => service.get(tenant, id) ?? error(404, 'Not found'), {
    params: t.Object({ id: t.Numeric() }),
  })
  .get('/customers/by-email', ({ tenant, query: { email }, customers, error }) => customers.findByEmail(tenant, email) ?? error(404, 'Not found'), {
    query: t.Object({ email: t.String() }),
  })
