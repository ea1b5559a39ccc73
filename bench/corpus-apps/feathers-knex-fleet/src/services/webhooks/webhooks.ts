import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { WebhookService } from './webhooks.class'
import { restrictToOrg, requireAdmin } from '../../hooks/restrict-to-org'

export const webhookPath = 'webhooks'

export const webhook = (app: Application) => {
  app.use(webhookPath, new WebhookService(app.get('postgresqlClient')), {
    methods: ['find', 'create', 'remove', 'test'],
    events: []
  })
  app.service(webhookPath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg, requireAdmin]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [webhookPath]: WebhookService
  }
}
