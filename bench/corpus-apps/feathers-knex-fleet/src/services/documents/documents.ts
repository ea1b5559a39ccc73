import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { DocumentService, getOptions } from './documents.class'
import { restrictToOrg } from '../../hooks/restrict-to-org'

export const documentPath = 'documents'

export const document = (app: Application) => {
  app.use(documentPath, new DocumentService(getOptions(app), app.get('postgresqlClient')), {
    methods: ['find', 'get', 'create', 'remove'],
    events: []
  })
  app.service(documentPath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [documentPath]: DocumentService
  }
}
