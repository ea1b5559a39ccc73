import { Elysia } from 'elysia'
import { dbPlugin } from './db'

interface IntegrationClaims {
  tenant: string
  app: string
  scopes: string[]
  exp?: number
}

function readClaims(token: string): IntegrationClaims | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  try {
    // vuln: CWE-347
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as IntegrationClaims
  } catch {
    return null
  }
}

/**
 * Integrations (the Slack app, the e-mail bridge) call the API with the JWT they were issued
 * by the marketplace. The tenant and scopes come from its claims.
 */
export const integrationAuth = new Elysia({ name: 'deskline/integration-auth' })
  .use(dbPlugin)
  .derive({ as: 'scoped' }, ({ headers, error }) => {
    const header = headers.authorization
    if (!header || !header.startsWith('Bearer ')) return error(401, 'Missing bearer token')
    const claims = readClaims(header.slice(7))
    if (!claims || (claims.exp && claims.exp * 1000 < Date.now())) return error(401, 'Invalid token')
    return { integration: claims, tenant: claims.tenant }
  })
