import { Elysia, t } from 'elysia'
import { publicTenant } from '../plugins/tenant'
import { InboundMailService } from '../services/inbound-mail-service'
import { TicketService } from '../services/ticket-service'
import { TicketRepository } from '../repositories/ticket-repository'
import { db } from '../db/sqlite'
import { signPayload } from '../lib/tokens'
import { config } from '../config'
import { timingSafeEqual } from 'node:crypto'

const inbound = new InboundMailService(db, new TicketService(new TicketRepository(db)))

const mailBody = t.Object({
  from: t.String({ maxLength: 320 }),
  subject: t.String({ maxLength: 998 }),
  text: t.String(),
  messageId: t.Optional(t.String()),
})

export const inboundRoutes = new Elysia({ prefix: '/inbound' })
  .use(publicTenant)
  .post('/contact', ({ tenant, body }) => inbound.contactForm(tenant, body), { body: mailBody })
  // the mail provider signs the raw JSON body with the shared key
  .onParse(async ({ request, headers }, contentType) => {
    if (contentType !== 'application/json') return
    const raw = await request.text()
    const expected = Buffer.from(signPayload(config.webhookSigningKey, raw))
    const given = Buffer.from(headers['x-deskline-signature'] ?? '')
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new Error('bad signature')
    return JSON.parse(raw)
  })
  .post('/mail', ({ tenant, body }) => inbound.receive(tenant, body), { body: mailBody })
