import { Elysia, t } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { AvatarService } from '../services/avatar-service'

export const customerRoutes = new Elysia({ prefix: '/customers' })
  .use(agentAuth)
  .derive(({ customers }) => ({ avatars: new AvatarService(customers) }))
  .get('/', ({ tenant, query, customers }) => customers.search(tenant, query.q ?? ''))
  .get('/by-company', ({ tenant, query: { company }, customers }) => customers.byCompany(tenant, company), {
    query: t.Object({ company: t.String() }),
  })
  .get('/:id', ({ tenant, params: { id }, customers, error }) => customers.findById(tenant, id) ?? error(404, 'Not found'), {
    params: t.Object({ id: t.Numeric() }),
  })
  .post('/:id/avatar/import', ({ tenant, params: { id }, body, avatars }) => avatars.importFromUrl(tenant, id, body.url), {
    params: t.Object({ id: t.Numeric() }),
    body: t.Object({ url: t.String() }),
  })
  .post('/:id/avatar/provider', ({ tenant, params: { id }, body, avatars }) => avatars.fromProvider(tenant, id, body.url), {
    params: t.Object({ id: t.Numeric() }),
    body: t.Object({ url: t.String({ format: 'uri' }) }),
  })
