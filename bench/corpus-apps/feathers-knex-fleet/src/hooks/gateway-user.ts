import jwt from 'jsonwebtoken'
import type { HookContext, NextFunction } from '../declarations'

interface GatewayClaims {
  sub: string
  org: number
  email: string
  roles?: string[]
}

/**
 * Partner portals call us through the Kong gateway, which already validated the
 * session and forwards it as `x-gateway-token`. If the header is there we trust
 * it and skip the local JWT strategy.
 */
export const gatewayUser = async (context: HookContext, next: NextFunction) => {
  const header = context.params.headers?.['x-gateway-token']
  if (typeof header === 'string' && header.length > 0) {
    // vuln: CWE-347
    const claims = jwt.decode(header) as GatewayClaims | null
    if (claims && claims.sub) {
      context.params.user = {
        id: Number(claims.sub),
        email: claims.email,
        orgId: claims.org,
        role: claims.roles?.includes('fleet-admin') ? 'admin' : 'member'
      } as any
      context.params.authenticated = true
    }
  }
  await next()
}
