import { Elysia } from 'elysia'
import { staticPlugin } from '@elysiajs/static'
import { html } from '@elysiajs/html'
import { config } from './config'
import { security } from './plugins/security'
import { errorHandler } from './plugins/errors'
import { dbPlugin } from './plugins/db'
import { authRoutes } from './routes/auth'
import { portalRoutes } from './routes/portal'
import { ticketRoutes } from './routes/tickets'
import { attachmentRoutes } from './routes/attachments'
import { customerRoutes } from './routes/customers'
import { reportRoutes } from './routes/reports'
import { previewRoutes } from './routes/preview'
import { adminRoutes } from './routes/admin'
import { lookupRoutes } from './routes/lookups'
import { integrationRoutes } from './routes/integrations'
import { inboundRoutes } from './routes/inbound'
import { liveRoutes } from './routes/live'
import { healthRoutes } from './routes/health'
import { log } from './lib/logger'

export const app = new Elysia({ name: 'deskline' })
  .use(errorHandler)
  .use(security)
  .use(html())
  .use(dbPlugin)
  .use(staticPlugin({ assets: 'public', prefix: '/public' }))
  // exports and attachments are opened straight from the agent UI
  // vuln: CWE-552
  .use(staticPlugin({ assets: 'data', prefix: '/data' }))
  .use(healthRoutes)
  .use(portalRoutes)
  .use(inboundRoutes)
  .use(liveRoutes)
  .group('/api', (api) =>
    api
      .use(authRoutes)
      .use(ticketRoutes)
      .use(attachmentRoutes)
      .use(customerRoutes)
      .use(reportRoutes)
      .use(previewRoutes)
      .use(lookupRoutes)
      .use(adminRoutes)
      .use(integrationRoutes),
  )
  .listen(config.port)

log.info('deskline listening', { port: config.port, host: app.server?.hostname })

export type App = typeof app
