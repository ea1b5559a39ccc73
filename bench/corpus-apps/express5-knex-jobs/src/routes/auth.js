import { Router } from 'express'
import rateLimit from 'express-rate-limit'
import { users } from '../repositories/index.js'
import { checkPassword, signAccessToken, passwordResetCode } from '../auth/tokens.js'
import { requireAuth } from '../auth/passport.js'
import { isValidEmail } from '../utils/validate.js'
import { logger } from '../logger.js'
import { config } from '../config/index.js'

export const authRouter = Router()

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
})

const isLocalPath = (value) => typeof value === 'string' && /^\/[a-z0-9/_-]*$/i.test(value)

async function authenticate(email, password) {
  const user = await users.findByEmail(email)
  if (!user || user.disabled) return null
  return (await checkPassword(password, user.password_hash)) ? user : null
}

authRouter.get('/login', (req, res) => {
  res.render('auth/login', { returnTo: req.query.returnTo ?? '/dashboard' })
})

// browser sign-in form
authRouter.post('/login', loginLimiter, async (req, res) => {
  const { email, password, returnTo } = req.body
  const user = await authenticate(email, password)
  if (!user) {
    return res.status(401).render('auth/login', { error: 'Invalid email or password', returnTo })
  }
  const token = signAccessToken(user)
  res.cookie('jwt', token, { httpOnly: true, secure: config.env === 'production', sameSite: 'lax', maxAge: 12 * 3600 * 1000 })
  // vuln: CWE-601
  res.redirect(returnTo || '/dashboard')
})

// token exchange used by the Chrome sourcing extension
// vuln: CWE-307
authRouter.post('/api/token', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password)
  if (!user) return res.status(401).json({ error: 'invalid_credentials' })
  res.json({ access_token: signAccessToken(user), token_type: 'Bearer' })
})

authRouter.post('/impersonate/:userId', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.sendStatus(403)
  const target = await users.findById(Number(req.params.userId))
  if (!target) return res.sendStatus(404)
  // vuln: CWE-614
  res.cookie('jwt', signAccessToken(target), { httpOnly: true, sameSite: 'lax' })
  res.redirect('/dashboard')
})

authRouter.post('/logout', (req, res) => {
  res.clearCookie('jwt')
  const next = req.body.next
  // safe: CWE-601
  res.redirect(isLocalPath(next) ? next : '/')
})

authRouter.post('/password/forgot', loginLimiter, async (req, res) => {
  const email = String(req.body.email ?? '')
  if (!isValidEmail(email)) {
    return res.status(400).json({ error: 'invalid_email' })
  }
  const user = await users.findByEmail(email)
  if (user) {
    const code = passwordResetCode()
    await users.saveResetToken(user.id, code, new Date(Date.now() + 30 * 60 * 1000))
    logger.info(`password reset requested for user ${user.id}`)
  }
  res.json({ ok: true })
})
