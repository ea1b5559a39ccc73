import { authenticate } from '@feathersjs/authentication'
import type { Application } from '../../declarations'
import { SettingsService } from './settings.class'
import { restrictToOrg } from '../../hooks/restrict-to-org'

export const settingsPath = 'settings'

export const settings = (app: Application) => {
  app.use(settingsPath, new SettingsService(app.get('postgresqlClient')), {
    methods: ['get', 'patch'],
    events: []
  })
  app.service(settingsPath).hooks({
    around: {
      all: [authenticate('jwt'), restrictToOrg]
    }
  })
}

declare module '../../declarations' {
  interface ServiceTypes {
    [settingsPath]: SettingsService
  }
}
