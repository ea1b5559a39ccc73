import { Forbidden, NotAuthenticated } from '@feathersjs/errors'
import type { HookContext, NextFunction } from '../declarations'

/** Scopes every query and write to the caller's organisation. */
export const restrictToOrg = async (context: HookContext, next: NextFunction) => {
  const { user } = context.params
  if (context.params.provider && !user) {
    throw new NotAuthenticated()
  }
  if (user) {
    context.params.orgId = user.orgId
    context.params.query = { ...context.params.query, orgId: user.orgId }
    if (context.data && !Array.isArray(context.data)) {
      context.data = { ...context.data, orgId: user.orgId }
    }
  }
  await next()
}

export const requireAdmin = async (context: HookContext, next: NextFunction) => {
  if (context.params.provider && context.params.user?.role !== 'admin') {
    throw new Forbidden('Fleet administrators only')
  }
  await next()
}
