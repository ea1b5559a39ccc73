import fp from 'fastify-plugin'
import jwt from 'jsonwebtoken'
import { config } from '../config.js'

export function issueToken(user) {
  return jwt.sign({ sub: String(user._id), role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '8h',
  })
}

export function readToken(raw) {
  if (!raw) return null
  try {
    return jwt.verify(raw, config.jwtSecret, { algorithms: ['HS256'] })
  } catch {
    return null
  }
}

async function authPlugin(fastify) {
  fastify.decorateRequest('user', null)

  fastify.addHook('onRequest', async (request) => {
    const header = request.headers.authorization
    const bearer = header?.startsWith('Bearer ') ? header.slice(7) : null
    const cookie = request.cookies.session ? request.unsignCookie(request.cookies.session) : null
    const claims = readToken(bearer ?? (cookie?.valid ? cookie.value : null))
    if (claims) {
      request.user = { id: claims.sub, role: claims.role }
    }
  })

  fastify.decorate('requireAdmin', async (request, reply) => {
    if (request.user?.role !== 'admin') {
      if (request.headers.accept?.includes('text/html')) {
        return reply.redirect('/admin/login')
      }
      return reply.code(403).send({ error: 'forbidden' })
    }
  })
}

export default fp(authPlugin, { name: 'auth', dependencies: ['@fastify/cookie'] })
