import { Elysia, t } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { AttachmentService } from '../services/attachment-service'
import { db } from '../db/sqlite'

export const attachmentRoutes = new Elysia({ prefix: '/tickets/:ticketId/attachments' })
  .use(agentAuth)
  .decorate('attachments', new AttachmentService(db))
  .guard({ params: t.Object({ ticketId: t.Numeric(), id: t.Optional(t.String()) }) })
  .onBeforeHandle(({ tenant, params, tickets, error }) => {
    if (!tickets.findById(tenant, params.ticketId)) return error(404, 'Ticket not found')
  })
  .post('/', ({ params, body, attachments }) => attachments.store(params.ticketId, body.file), {
    body: t.Object({ file: t.File({ maxSize: '25m' }) }),
  })
  .get('/:id', ({ params, attachments, set, error }) => {
    const found = attachments.open(params.ticketId, params.id!)
    if (!found) return error(404, 'Not found')
    set.headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(found.name)}`
    return found.file
  })
  .get('/:id/thumbnail', ({ params, query, attachments }) => attachments.thumbnail(params.ticketId, params.id!, query.size ?? '320x320'))
  .post('/:id/watermark', ({ params, body, attachments }) => attachments.watermark(params.ticketId, params.id!, body.text), {
    body: t.Object({ text: t.String({ maxLength: 80 }) }),
  })
  .post('/:id/scan', async ({ params, attachments }) => ({ clean: await attachments.scan(params.ticketId, params.id!) }))
  // files migrated from the previous help desk keep their original names
  .get('/legacy/:name', ({ params, attachments }) => attachments.openLegacy(params.ticketId, decodeURIComponent(params.name)), {
    params: t.Object({ ticketId: t.Numeric(), name: t.String() }),
  })
