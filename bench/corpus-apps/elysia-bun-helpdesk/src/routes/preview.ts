import { Elysia, t } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { plainTextPreview, previewDocument, renderDraft, renderReply } from '../services/render-service'

const htmlHeaders = { 'content-type': 'text/html; charset=utf-8' }

export const previewRoutes = new Elysia({ prefix: '/preview' })
  .use(agentAuth)
  // the side panel shows the customer's original message formatted like the composer preview
  .get(
    '/tickets/:id',
    ({ tenant, params: { id }, tickets, error }) => {
      const ticket = tickets.findById(tenant, id)
      if (!ticket) return error(404, 'Not found')
      const html = previewDocument(ticket.subject, renderDraft(ticket.body))
      // vuln: CWE-79
      return new Response(html, { headers: htmlHeaders })
    },
    { params: t.Object({ id: t.Numeric() }) },
  )
  .post(
    '/customer-view',
    ({ body }) => {
      const html = previewDocument('As the customer sees it', renderReply(body.markdown))
      // safe: CWE-79
      return new Response(html, { headers: htmlHeaders })
    },
    { body: t.Object({ markdown: t.String() }) },
  )
  .post(
    '/plain',
    ({ body, set }) => {
      set.headers['content-type'] = 'text/html; charset=utf-8'
      // safe: CWE-79
      return plainTextPreview(body.text)
    },
    { body: t.Object({ text: t.String() }) },
  )
