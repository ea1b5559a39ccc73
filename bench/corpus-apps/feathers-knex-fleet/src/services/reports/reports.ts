import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { ReportService } from './reports.class'
import { restrictToOrg } from '../../hooks/restrict-to-org'

export const reportPath = 'reports'

export const report = (app: Application) => {
  app.use(reportPath, new ReportService(app.get('postgresqlClient')), {
    methods: ['find'],
    events: []
  })
  app.service(reportPath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [reportPath]: ReportService
  }
}
