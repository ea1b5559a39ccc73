import { Elysia, t } from 'elysia'
import { agentAuth, jwtPlugin } from '../plugins/auth'
import { dbPlugin } from '../plugins/db'
import { AuthService } from '../services/auth-service'
import { safeReturnPath } from '../lib/url-guard'
import { db } from '../db/sqlite'
import { CustomerRepository } from '../repositories/customer-repository'
import { config } from '../config'

const auth = new AuthService(db, new CustomerRepository(db))

const attempts = new Map<string, { count: number; until: number }>()

function tooManyAttempts(key: string): boolean {
  const now = Date.now()
  const entry = attempts.get(key)
  if (!entry || entry.until < now) {
    attempts.set(key, { count: 1, until: now + 15 * 60 * 1000 })
    return false
  }
  entry.count++
  return entry.count > 10
}

export const authRoutes = new Elysia({ prefix: '/auth' })
  .use(dbPlugin)
  .use(jwtPlugin)
  .post(
    '/login',
    async ({ body, jwt, cookie: { session }, query, server, request, redirect, error }) => {
      const ip = server?.requestIP(request)?.address ?? 'unknown'
      if (tooManyAttempts(`${ip}:${body.email.toLowerCase()}`)) return error(429, 'Too many attempts')
      const agent = await auth.agentLogin(body.email, body.password, ip)
      if (!agent) return error(401, 'Invalid e-mail or password')
      const token = await jwt.sign({ sub: String(agent.id), tenant: agent.tenant, role: agent.role })
      session.set({
        value: token,
        path: '/',
        // vuln: CWE-1004
        httpOnly: false,
        secure: config.production,
        sameSite: 'lax',
        maxAge: 8 * 60 * 60,
      })
      // safe: CWE-601
      return redirect(safeReturnPath(query.next, '/app'), 303)
    },
    {
      body: t.Object({ email: t.String({ format: 'email', maxLength: 254 }), password: t.String({ minLength: 1, maxLength: 200 }) }),
      query: t.Object({ next: t.Optional(t.String()) }),
    },
  )
  .post('/logout', ({ cookie: { session } }) => {
    session.remove()
    return { ok: true }
  })
  .post(
    '/forgot',
    ({ body }) => {
      const result = auth.requestReset(body.email)
      if (result) {
        // handed to the mailer queue
        queueMicrotask(() => console.info('reset link queued for', result.to))
      }
      return { ok: true }
    },
    { body: t.Object({ email: t.String({ format: 'email' }) }) },
  )
  .post('/reset', async ({ body, error }) => ((await auth.completeReset(body.token, body.password)) ? { ok: true } : error(400, 'Invalid or expired token')), {
    body: t.Object({ token: t.String(), password: t.String({ minLength: 12 }) }),
  })
  .use(agentAuth)
  .get('/me', ({ agent }) => agent)
