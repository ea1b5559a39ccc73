import { Elysia, t } from 'elysia'
import { $ } from 'bun'
import { adminOnly } from '../plugins/auth'
import { SettingsService } from '../services/settings-service'
import { MacroService, type MacroAction } from '../services/macro-service'
import { ImportService } from '../services/import-service'
import { ExportService } from '../services/export-service'
import { WebhookService } from '../services/webhook-service'
import { db } from '../db/sqlite'
import { isSlug } from '../lib/validate'

export const adminRoutes = new Elysia({ prefix: '/admin' })
  .use(adminOnly)
  .decorate({
    settings: new SettingsService(db),
    macros: new MacroService(db),
    importer: new ImportService(db),
    exporter: new ExportService(db),
    webhooks: new WebhookService(db),
  })
  .group('/settings', (app) =>
    app
      .get('/', ({ tenant, settings }) => settings.get(tenant))
      .patch('/', ({ tenant, body, settings }) => settings.update(tenant, body as Record<string, unknown>))
      .patch('/branding', ({ tenant, body, settings }) => settings.updateBranding(tenant, body), {
        body: t.Record(t.String(), t.Union([t.String(), t.Number(), t.Boolean()])),
      }),
  )
  .group('/macros', (app) =>
    app
      .get('/', ({ tenant, macros }) => macros.list(tenant))
      .post('/', ({ tenant, body, macros }) => macros.create(tenant, body.name, body.condition, body.actions as MacroAction[]), {
        body: t.Object({ name: t.String(), condition: t.String(), actions: t.Array(t.Any()) }),
      })
      .post(
        '/test',
        ({ tenant, body, macros, tickets, error }) => {
          const ticket = tickets.findById(tenant, body.ticketId)
          if (!ticket) return error(404, 'Ticket not found')
          return { matches: macros.testCondition(body.condition, ticket) }
        },
        { body: t.Object({ condition: t.String(), ticketId: t.Integer() }) },
      )
      .post(
        '/test-rules',
        ({ tenant, body, macros, tickets, error }) => {
          const ticket = tickets.findById(tenant, body.ticketId)
          if (!ticket) return error(404, 'Ticket not found')
          return { matches: macros.matchesRules(ticket, body.rules as any) }
        },
        {
          body: t.Object({
            ticketId: t.Integer(),
            rules: t.Array(t.Object({ field: t.String(), op: t.String(), value: t.Union([t.String(), t.Number()]) })),
          }),
        },
      ),
  )
  .group('/imports', (app) =>
    app
      .post('/macros', async ({ tenant, body, importer }) => ({ imported: importer.importMacros(tenant, await body.file.text()) }), {
        body: t.Object({ file: t.File() }),
      })
      .post('/articles', async ({ tenant, body, importer }) => ({ imported: importer.importArticles(tenant, await body.file.text()) }), {
        body: t.Object({ file: t.File() }),
      })
      .post('/legacy-tickets', async ({ tenant, request, importer }) => importer.importLegacyTickets(tenant, await request.text()))
      .post('/customers', async ({ tenant, request, importer }) => ({ imported: importer.importCustomers(tenant, await request.text()) })),
  )
  .group('/exports', (app) =>
    app
      .post('/', ({ tenant, body, exporter }) => exporter.archive(tenant, body.label), { body: t.Object({ label: t.String() }) })
      .post('/tar', ({ tenant, body, exporter }) => exporter.archiveTar(tenant, body.label), { body: t.Object({ label: t.String() }) })
      .post('/nightly', ({ tenant, exporter }) => exporter.nightly(tenant))
      .get('/usage', async ({ tenant, exporter }) => ({ size: await exporter.diskUsage(tenant) })),
  )
  .group('/webhooks', (app) =>
    app
      .post('/', ({ tenant, body, webhooks }) => webhooks.register(tenant, body.url, body.events), {
        body: t.Object({ url: t.String(), events: t.Array(t.String()) }),
      })
      .post('/test', ({ body, webhooks }) => webhooks.sendTest(body.url, body.sample ?? { id: 1, subject: 'Test ticket' }), {
        body: t.Object({ url: t.String(), sample: t.Optional(t.Record(t.String(), t.Any())) }),
      }),
  )
  .get('/diagnostics/mx', async ({ query, error }) => {
    const domain = query.domain ?? ''
    if (!/^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}$/i.test(domain)) return error(400, 'invalid domain')
    // safe: CWE-78
    const out = await $`dig +short MX ${domain}`.nothrow().text()
    return { domain, records: out.trim().split('\n').filter(Boolean) }
  })
  .get('/diagnostics/tenant/:slug', async ({ params: { slug }, error }) => {
    if (!isSlug(slug)) return error(400, 'bad slug')
    // safe: CWE-78
    const proc = Bun.spawn(['sqlite3', '-readonly', 'data/deskline.sqlite', `SELECT COUNT(*) FROM tickets WHERE tenant = '${slug}'`])
    return { tickets: Number((await new Response(proc.stdout).text()).trim()) }
  })
