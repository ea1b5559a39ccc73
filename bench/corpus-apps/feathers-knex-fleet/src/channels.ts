// For more information about this file see https://dove.feathersjs.com/api/channels.html
import type { RealTimeConnection, Params } from '@feathersjs/feathers'
import type { AuthenticationResult } from '@feathersjs/authentication'
import '@feathersjs/transport-commons'
import type { Application, HookContext } from './declarations'
import { logger } from './logger'

export const channels = (app: Application) => {
  logger.warn('Publishing work-order events to organisation channels only.')

  app.on('connection', (connection: RealTimeConnection) => {
    app.channel('anonymous').join(connection)
  })

  app.on('login', (authResult: AuthenticationResult, { connection }: Params) => {
    if (connection) {
      app.channel('anonymous').leave(connection)
      app.channel(`orgs/${authResult.user.orgId}`).join(connection)
    }
  })

  app.publish((data: any, context: HookContext) => {
    if (data && data.orgId) {
      return app.channel(`orgs/${data.orgId}`)
    }
    return []
  })
}
