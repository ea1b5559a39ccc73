import path from 'node:path'
import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { ExportService } from './exports.class'
import { restrictToOrg, requireAdmin } from '../../hooks/restrict-to-org'

export const exportPath = 'exports'

export const exportsService = (app: Application) => {
  app.use(exportPath, new ExportService(path.resolve(app.get('storage').exports)), {
    methods: ['create'],
    events: []
  })
  app.service(exportPath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg, requireAdmin]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [exportPath]: ExportService
  }
}
