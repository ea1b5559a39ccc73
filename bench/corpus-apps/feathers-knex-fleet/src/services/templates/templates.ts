import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { TemplateService } from './templates.class'
import { restrictToOrg, requireAdmin } from '../../hooks/restrict-to-org'

export const templatePath = 'templates'

export const template = (app: Application) => {
  app.use(templatePath, new TemplateService(app.get('postgresqlClient'), app.get('storage').templates), {
    methods: ['get', 'create'],
    events: []
  })
  app.service(templatePath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg],
      create: [requireAdmin]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [templatePath]: TemplateService
  }
}
