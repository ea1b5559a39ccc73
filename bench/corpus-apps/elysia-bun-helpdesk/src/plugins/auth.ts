import { Elysia } from 'elysia'
import { jwt } from '@elysiajs/jwt'
import { config } from '../config'
import { findAgentById } from '../repositories/agent-repository'
import { dbPlugin } from './db'

export interface AgentContext {
  id: number
  tenant: string
  email: string
  role: 'agent' | 'admin'
}

export const jwtPlugin = jwt({
  name: 'jwt',
  secret: config.jwtSecret,
  alg: 'HS256',
  exp: '8h',
  iss: 'deskline',
})

/** Agent session: the `session` cookie (browser app) or `Authorization: Bearer <jwt>` (CLI). */
export const agentAuth = new Elysia({ name: 'deskline/agent-auth' })
  .use(dbPlugin)
  .use(jwtPlugin)
  .resolve({ as: 'scoped' }, async ({ jwt, cookie: { session }, headers, db, error }) => {
    const header = headers.authorization ?? ''
    const token = session.value ?? (header.startsWith('Bearer ') ? header.slice(7) : undefined)
    if (!token) return error(401, 'Sign in required')
    // safe: CWE-347
    const payload = await jwt.verify(token)
    if (!payload || typeof payload.sub !== 'string') return error(401, 'Invalid session')
    const row = findAgentById(db, Number(payload.sub))
    if (!row) return error(401, 'Unknown agent')
    const agent: AgentContext = { id: row.id, tenant: row.tenant, email: row.email, role: row.role }
    return { agent, tenant: row.tenant }
  })

export const adminOnly = new Elysia({ name: 'deskline/admin-only' })
  .use(agentAuth)
  .onBeforeHandle({ as: 'scoped' }, ({ agent, error }) => {
    if (agent.role !== 'admin') return error(403, 'Admins only')
  })
