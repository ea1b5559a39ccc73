import { Elysia } from 'elysia'
import { agentAuth } from '../plugins/auth'
import { makeFilterHandler, makeLookupHandler } from '../lib/handler'

export const lookupRoutes = new Elysia({ prefix: '/lookups' })
  .use(agentAuth)
  .get('/tags', makeLookupHandler('tags', ['id', 'name', 'color']))
  .get('/groups', makeLookupHandler('groups', ['id', 'name', 'description']))
  .get('/sla-policies', makeLookupHandler('sla_policies', ['id', 'name', 'first_reply_minutes', 'resolve_minutes']))
  .get('/tags/filter', makeFilterHandler('tags'))
  .get('/groups/filter', makeFilterHandler('groups'))
