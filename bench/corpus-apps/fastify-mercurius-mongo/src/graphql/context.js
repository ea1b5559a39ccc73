import { readToken } from '../plugins/auth.js'

/**
 * Mercurius context factory: every resolver receives the Mongo handle
 * and the caller (if a valid bearer token was sent).
 */
export async function buildContext(request, reply) {
  const header = request.headers.authorization ?? ''
  const claims = header.startsWith('Bearer ') ? readToken(header.slice(7)) : null
  return {
    db: request.server.mongo,
    log: request.log,
    reply,
    user: claims ? { id: claims.sub, role: claims.role } : null,
  }
}

export function requireUser(context) {
  if (!context.user) {
    const err = new Error('Authentication required')
    err.extensions = { code: 'UNAUTHENTICATED' }
    throw err
  }
  return context.user
}
