import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { DeviceService } from './devices.class'
import { restrictToOrg, requireAdmin } from '../../hooks/restrict-to-org'

export const devicePath = 'devices'

export const device = (app: Application) => {
  app.use(devicePath, new DeviceService(app.get('postgresqlClient'), app.get('telematics')), {
    methods: ['create', 'get'],
    events: []
  })
  app.service(devicePath).hooks({
    around: {
      create: [authenticate('jwt'), restrictToOrg, requireAdmin]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [devicePath]: DeviceService
  }
}
