import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { WorkOrderService, getOptions } from './work-orders.class'
import { restrictToOrg } from '../../hooks/restrict-to-org'
import { gatewayUser } from '../../hooks/gateway-user'

export const workOrderPath = 'work-orders'

export const workOrder = (app: Application) => {
  app.use(workOrderPath, new WorkOrderService(getOptions(app)), {
    methods: ['find', 'get', 'create', 'patch'],
    events: []
  })
  app.service(workOrderPath).hooks({
    around: {
      // Workshop partners come in through the gateway; staff use their own JWT
      all: [gatewayUser, restrictToOrg],
      create: [authenticate('jwt')]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [workOrderPath]: WorkOrderService
  }
}
