import { Elysia } from 'elysia'
import { isSlug } from '../lib/validate'

/**
 * Public endpoints (portal, widget, inbound mail) are addressed per help desk with the
 * `X-Deskline-Tenant` header or the `tenant` query parameter set by the embed snippet.
 */
export const publicTenant = new Elysia({ name: 'deskline/public-tenant' }).derive({ as: 'scoped' }, ({ headers, query, error }) => {
  const tenant = headers['x-deskline-tenant'] ?? (query as Record<string, string | undefined>).tenant
  if (!tenant || !isSlug(tenant)) return error(400, 'Unknown help desk')
  return { tenant }
})
