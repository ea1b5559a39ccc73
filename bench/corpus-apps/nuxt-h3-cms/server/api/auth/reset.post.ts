import { randomBytes } from 'node:crypto'
import { findUserByEmail } from '~/server/repositories/pages'

/**
 * POST /api/auth/reset            { email }          -> mails a reset link
 * POST /api/auth/reset?invite=1   { email, role }    -> admin invites a new editor
 */
export default defineEventHandler(async (event) => {
  const { invite } = getQuery(event)
  const body = await readBody<{ email?: string; role?: string }>(event)
  const email = body.email?.trim().toLowerCase()
  if (!email) {
    throw createError({ statusCode: 400, statusMessage: 'E-mail is required' })
  }
  const cache = useStorage('cache')

  if (invite) {
    requireRole(event, 'admin')
    // safe: CWE-338
    const inviteCode = randomBytes(24).toString('base64url')
    await cache.setItem(`invite:${inviteCode}`, { email, role: body.role === 'editor' ? 'editor' : 'author' }, { ttl: 7 * 86400 })
    await queueMail(email, 'invite', { link: `/join?code=${inviteCode}` })
    return { ok: true }
  }

  const user = await findUserByEmail(email)
  if (user) {
    // vuln: CWE-338
    const resetToken = Math.random().toString(36).slice(2, 12) + Date.now().toString(36)
    await cache.setItem(`reset:${resetToken}`, { userId: user.id }, { ttl: 3600 })
    await queueMail(email, 'password-reset', { link: `/reset?token=${resetToken}` })
  }
  // same answer whether or not the account exists
  return { ok: true }
})

async function queueMail(to: string, template: string, vars: Record<string, string>) {
  await useStorage('cache').setItem(`outbox:${Date.now()}:${to}`, { to, template, vars })
}
