import { LocalStrategy } from '@feathersjs/authentication-local'
import type { AuthenticationRequest, AuthenticationParams } from '@feathersjs/authentication'
import pino from 'pino'

const logger = pino()

// The local strategy's `authenticate` gets the login request: email and password.
export class AuditedLocalStrategy extends LocalStrategy {
  async authenticate(data: AuthenticationRequest, params: AuthenticationParams) {
    // ruleid: js/sensitive-data-in-log
    logger.info('login attempt %s', JSON.stringify(data))
    // ok: js/sensitive-data-in-log
    logger.info('login attempt for %s', String(data.email).slice(0, 254))
    return super.authenticate(data, params)
  }
}
