import { Elysia, t } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { LiveService, type LiveMessage } from '../services/live-service'
import { db } from '../db/sqlite'

const live = new LiveService(db)

/** Agent workspace socket: ticket subscriptions, typing indicators, quick search, computed columns. */
export const liveRoutes = new Elysia()
  .use(agentAuth)
  .ws('/live', {
    open(ws) {
      ws.data.store.liveConnections++
      ws.subscribe(`tenant:${ws.data.tenant}`)
    },
    close(ws) {
      ws.data.store.liveConnections--
    },
    message(ws, raw) {
      const msg = (typeof raw === 'string' ? JSON.parse(raw) : raw) as LiveMessage
      const { tenant, agent } = ws.data
      switch (msg.type) {
        case 'subscribe':
          if (ws.data.tickets.findById(tenant, Number(msg.ticketId))) ws.subscribe(`ticket:${tenant}:${Number(msg.ticketId)}`)
          return
        case 'typing':
          ws.publish(`ticket:${tenant}:${Number(msg.ticketId)}`, JSON.stringify({ type: 'typing', agent: agent.id }))
          return
        case 'catch_up':
          if (!ws.data.tickets.findById(tenant, Number(msg.ticketId))) return
          ws.send(JSON.stringify({ type: 'comments', items: live.catchUp(msg.ticketId, msg.since) }))
          return
        case 'search':
          ws.send(JSON.stringify({ type: 'search', items: live.search(tenant, msg.term) }))
          return
        case 'formula':
          ws.send(JSON.stringify({ type: 'formula', value: live.formula(String(msg.expression), msg.ticket ?? {}) }))
          return
        default:
          ws.send(JSON.stringify({ type: 'error', message: 'unknown message type' }))
      }
    },
  })
  // plain status polling for the old Windows tray client
  .get('/live/status', ({ store }) => ({ connections: store.liveConnections }), {
    query: t.Object({ client: t.Optional(t.String()) }),
  })
