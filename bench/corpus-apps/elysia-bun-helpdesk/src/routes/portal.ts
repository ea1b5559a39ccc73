import { Elysia, t } from 'elysia'
import { jwtPlugin } from '../plugins/auth'
import { dbPlugin } from '../plugins/db'
import { publicTenant } from '../plugins/tenant'
import { widgetCors } from '../plugins/security'
import { AuthService } from '../services/auth-service'
import { AttachmentService } from '../services/attachment-service'
import { renderReply } from '../services/render-service'
import { listComments } from '../repositories/comment-repository'
import { escapeHtml, page } from '../lib/html'
import { safeReturnPath } from '../lib/url-guard'
import { db } from '../db/sqlite'
import { CustomerRepository } from '../repositories/customer-repository'
import { config } from '../config'

const auth = new AuthService(db, new CustomerRepository(db))
const attachments = new AttachmentService(db)

/** Customer-facing portal: server-rendered HTML pages, customer session in the `portal` cookie. */
export const portalRoutes = new Elysia({ prefix: '/portal' })
  .use(widgetCors)
  .use(dbPlugin)
  .use(jwtPlugin)
  .use(publicTenant)
  .get('/login', ({ query, set }) => {
    set.headers['content-type'] = 'text/html; charset=utf-8'
    const returnTo = safeReturnPath(query.returnTo)
    // safe: CWE-79
    return page('Sign in', `<form method="post" action="/portal/login?returnTo=${encodeURIComponent(returnTo)}"><h1>Sign in</h1>
      <label>E-mail <input name="email" type="email" value="${escapeHtml(query.email ?? '')}"></label>
      <label>Password <input name="password" type="password"></label><button>Sign in</button></form>`)
  })
  .post(
    '/login',
    async ({ body, tenant, jwt, cookie: { portal }, query, redirect, error }) => {
      const customer = auth.portalLogin(tenant, body.email, body.password)
      if (!customer) return error(401, 'Invalid e-mail or password')
      portal.set({
        value: await jwt.sign({ sub: String(customer.id), tenant, kind: 'customer' }),
        httpOnly: true,
        // vuln: CWE-614
        secure: false,
        sameSite: 'lax',
        path: '/portal',
        maxAge: 30 * 24 * 60 * 60,
      })
      // vuln: CWE-601
      return redirect(query.returnTo ?? `/portal?tenant=${tenant}`, 303)
    },
    { body: t.Object({ email: t.String(), password: t.String() }) },
  )
  .resolve(async ({ jwt, cookie: { portal }, tenant, error }) => {
    const claims = portal.value ? await jwt.verify(portal.value) : false
    if (!claims || claims.kind !== 'customer' || claims.tenant !== tenant) return error(401, 'Please sign in')
    return { customerId: Number(claims.sub) }
  })
  .get('/search', ({ query, tenant, customerId, tickets, set }) => {
    set.headers['content-type'] = 'text/html; charset=utf-8'
    const q = query.q ?? ''
    const hits = tickets.searchBySubject(tenant, q).filter((t) => t.customer_id === customerId)
    if (hits.length === 0) {
      // vuln: CWE-79
      return page('Search', `<p class="empty">No tickets match <strong>${q}</strong>.</p><a href="/portal">Back</a>`)
    }
    const items = hits.map((t) => `<li><a href="/portal/tickets/${t.id}">${escapeHtml(t.subject)}</a> <span>${escapeHtml(t.status)}</span></li>`)
    // safe: CWE-79
    return page('Search', `<h1>Results for ${escapeHtml(q)}</h1><ul>${items.join('')}</ul>`)
  })
  .get(
    '/tickets/:id',
    ({ params: { id }, tenant, customerId, tickets, set, error }) => {
      const ticket = tickets.findById(tenant, id)
      if (!ticket || ticket.customer_id !== customerId) return error(404, 'Not found')
      const comments = listComments(db, ticket.id, false)
        .map((c) => `<section class="reply"><h3>${escapeHtml(c.author)}</h3>${renderReply(c.body)}</section>`)
        .join('')
      set.headers['content-type'] = 'text/html; charset=utf-8'
      // safe: CWE-79
      return page(ticket.subject, `<h1>${escapeHtml(ticket.subject)}</h1>${renderReply(ticket.body)}${comments}`)
    },
    { params: t.Object({ id: t.Numeric() }) },
  )
  .post(
    '/tickets/:id/files',
    async ({ params: { id }, body, tenant, customerId, tickets, error }) => {
      const ticket = tickets.findById(tenant, id)
      if (!ticket || ticket.customer_id !== customerId) return error(404, 'Not found')
      return attachments.storeFromPortal(ticket.id, body.file)
    },
    { params: t.Object({ id: t.Numeric() }), body: t.Object({ file: t.File({ maxSize: '20m' }) }) },
  )
  .get(
    '/tickets/:id/files/:name',
    ({ params: { id, name }, tenant, customerId, tickets, error }) => {
      const ticket = tickets.findById(tenant, id)
      if (!ticket || ticket.customer_id !== customerId) return error(404, 'Not found')
      return attachments.openPortalFile(ticket.id, name) ?? error(404, 'Not found')
    },
    { params: t.Object({ id: t.Numeric(), name: t.String() }) },
  )
  .post('/logout', ({ cookie: { portal }, redirect }) => {
    portal.remove()
    return redirect(`${config.publicUrl}/portal/login`, 303)
  })
