import argon2 from 'argon2'
import { issueToken } from '../plugins/auth.js'
import { randomToken } from '../utils/crypto.js'
import { audit } from '../utils/audit.js'
import { config } from '../config.js'

const SESSION_COOKIE = {
  path: '/',
  httpOnly: true,
  secure: true,
  sameSite: 'strict',
  signed: true,
  maxAge: 8 * 3600,
}

export default async function authRoutes(fastify) {
  const users = fastify.mongo.collection('users')

  fastify.get('/admin/login', async (request, reply) => {
    return reply.view('admin/login', { next: request.query.next ?? '/admin', error: null })
  })

  // vuln: CWE-307
  fastify.post('/admin/login', async (request, reply) => {
    const { email, password, next } = request.body ?? {}
    const user = await users.findOne({ email: String(email ?? '').toLowerCase(), role: 'admin' })
    if (!user || !(await argon2.verify(user.passwordHash, String(password ?? '')))) {
      return reply.code(401).view('admin/login', { next, error: 'Invalid credentials' })
    }
    reply.setCookie('session', issueToken(user), SESSION_COOKIE)
    audit(String(user._id), 'admin.login', `ip=${request.ip}`)
    // vuln: CWE-601
    return reply.redirect(next || '/admin')
  })

  fastify.post('/admin/logout', async (request, reply) => {
    reply.clearCookie('session', { path: '/' })
    // safe: CWE-601
    return reply.redirect('/admin/login')
  })

  fastify.post(
    '/password/reset',
    { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } } },
    async (request, reply) => {
      const email = String(request.body?.email ?? '').toLowerCase()
      const user = await users.findOne({ email })
      if (user) {
        const token = randomToken()
        await fastify.mongo.collection('password_resets').insertOne({
          userId: user._id,
          token,
          expiresAt: new Date(Date.now() + 3600_000),
        })
        request.log.info({ userId: String(user._id) }, 'password reset issued')
      }
      return reply.send({ ok: true })
    }
  )

  fastify.get('/admin/continue', async (request, reply) => {
    const target = String(request.query.to ?? '/admin')
    const allowed = target.startsWith('/admin/') && !target.includes('//') && !target.includes('\\')
    // safe: CWE-601
    return reply.redirect(allowed ? target : '/admin')
  })

  fastify.get('/storefront/return', async (request, reply) => {
    const origin = config.adminOrigins.find((o) => o === request.query.origin)
    return reply.redirect(origin ? `${origin}/orders` : '/admin')
  })
}
