import type { Application } from '@feathersjs/koa'
import { ReportService } from './reports.class'
import { scopeTenant } from '../../hooks/scope-tenant'

export const reports = (app: Application) => {
  app.use('reports', new ReportService(app.get('knexClient')), { methods: ['find', 'get', 'create', 'patch'] })
  app.service('reports').hooks({ before: { all: [scopeTenant(app.get('knexClient'))] } })
}
