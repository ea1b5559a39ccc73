import { users } from './users/users'
import { vehicle } from './vehicles/vehicles'
import { workOrder } from './work-orders/work-orders'
import { report } from './reports/reports'
import { document } from './documents/documents'
import { webhook } from './webhooks/webhooks'
import { settings } from './settings/settings'
import { device } from './devices/devices'
import { template } from './templates/templates'
import { exportsService } from './exports/exports'
import { importsService } from './imports/imports'
// For more information about this file see https://dove.feathersjs.com/guides/cli/application.html#configure-functions
import type { Application } from '../declarations'

export const services = (app: Application) => {
  app.configure(users)
  app.configure(vehicle)
  app.configure(workOrder)
  app.configure(report)
  app.configure(document)
  app.configure(webhook)
  app.configure(settings)
  app.configure(device)
  app.configure(template)
  app.configure(exportsService)
  app.configure(importsService)
  // All services will be registered here
}
