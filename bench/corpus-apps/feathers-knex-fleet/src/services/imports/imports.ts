import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { ImportService } from './imports.class'
import { restrictToOrg, requireAdmin } from '../../hooks/restrict-to-org'

export const importPath = 'imports'

export const importsService = (app: Application) => {
  app.use(importPath, new ImportService(app.get('postgresqlClient')), {
    methods: ['create'],
    events: []
  })
  app.service(importPath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg, requireAdmin]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [importPath]: ImportService
  }
}
