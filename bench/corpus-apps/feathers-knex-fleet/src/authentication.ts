// For more information about this file see https://dove.feathersjs.com/guides/cli/authentication.html
import { AuthenticationService, JWTStrategy } from '@feathersjs/authentication'
import { LocalStrategy } from '@feathersjs/authentication-local'
import type { AuthenticationRequest, AuthenticationParams } from '@feathersjs/authentication'

import type { Application } from './declarations'
import { logger } from './logger'

declare module './declarations' {
  interface ServiceTypes {
    authentication: AuthenticationService
  }
}

/** Local strategy with some logging so support can see why drivers cannot log in. */
class AuditedLocalStrategy extends LocalStrategy {
  async authenticate(data: AuthenticationRequest, params: AuthenticationParams) {
    // vuln: CWE-532
    logger.info('local login attempt %s', JSON.stringify(data))
    try {
      return await super.authenticate(data, params)
    } catch (error) {
      // safe: CWE-532
      logger.warn('local login failed for %s', String(data.email).slice(0, 254))
      throw error
    }
  }
}

export const authentication = (app: Application) => {
  const authentication = new AuthenticationService(app)

  // The JWT strategy verifies the signature, audience and expiry (jwtOptions in config/default.json)
  // safe: CWE-347
  authentication.register('jwt', new JWTStrategy())
  authentication.register('local', new AuditedLocalStrategy())

  app.use('authentication', authentication)
}
