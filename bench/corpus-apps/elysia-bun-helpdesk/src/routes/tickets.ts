import { Elysia, t } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { TicketService } from '../services/ticket-service'
import { addComment, listComments } from '../repositories/comment-repository'
import { TicketRepository } from '../repositories/ticket-repository'
import { db } from '../db/sqlite'
import { recordAudit } from '../repositories/audit-repository'

const service = new TicketService(new TicketRepository(db))

export const ticketRoutes = new Elysia({ prefix: '/tickets' })
  .use(agentAuth)
  .decorate('ticketService', service)
  .get('/', ({ tenant, query, ticketService }) => ticketService.list(tenant, query))
  .get('/search', ({ tenant, query: { q }, ticketService }) => ticketService.search(tenant, q), {
    query: t.Object({ q: t.String() }),
  })
  .get('/suggest', ({ tenant, query: { prefix }, ticketService }) => ticketService.suggest(tenant, prefix), {
    query: t.Object({ prefix: t.String({ maxLength: 100 }) }),
  })
  .get('/archived', ({ tenant, query, ticketService }) => ticketService.archived(tenant, query.sort))
  .post(
    '/',
    ({ tenant, body, ticketService, set }) => {
      set.status = 201
      return ticketService.open(tenant, body)
    },
    {
      body: t.Object({
        customerId: t.Integer({ minimum: 1 }),
        subject: t.String({ minLength: 1, maxLength: 200 }),
        body: t.String({ maxLength: 20000 }),
        priority: t.Optional(t.String()),
      }),
    },
  )
  .group('/:id', { params: t.Object({ id: t.Numeric() }) }, (app) =>
    app
      .get('/', ({ tenant, params: { id }, ticketService, error }) => ticketService.get(tenant, id) ?? error(404, 'Not found'))
      .patch(
        '/status',
        async ({ tenant, agent, params: { id }, body, ticketService, error }) => {
          if (!ticketService.setStatus(tenant, id, body.status)) return error(422, 'Unknown status')
          await recordAudit(tenant, agent.email, 'ticket.status', { id, status: body.status })
          return { ok: true }
        },
        { body: t.Object({ status: t.String() }) },
      )
      .get('/comments', ({ tenant, params: { id }, ticketService, error }) => {
        if (!ticketService.get(tenant, id)) return error(404, 'Not found')
        return listComments(db, id, true)
      })
      .post(
        '/comments',
        ({ tenant, agent, params: { id }, body, ticketService, error }) => {
          if (!ticketService.get(tenant, id)) return error(404, 'Not found')
          return addComment(db, id, agent.email, body.body, body.internal ?? false)
        },
        { body: t.Object({ body: t.String({ minLength: 1 }), internal: t.Optional(t.Boolean()) }) },
      ),
  )
