import bcrypt from 'bcryptjs'
import jwt from 'jsonwebtoken'
import { findUserByEmail } from '~/server/repositories/pages'

interface LoginBody {
  email?: string
  password?: string
  redirectTo?: string
}

export default defineEventHandler(async (event) => {
  const { email, password, redirectTo } = await readBody<LoginBody>(event)
  if (!email || !password) {
    throw createError({ statusCode: 400, statusMessage: 'E-mail and password are required' })
  }
  const normalised = email.trim().toLowerCase()
  await assertLoginRate(event, normalised)

  const user = await findUserByEmail(normalised)
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid e-mail or password' })
  }

  const { jwtSecret } = useRuntimeConfig(event)
  const token = jwt.sign({ email: user.email, role: user.role }, jwtSecret, {
    subject: String(user.id),
    expiresIn: '8h',
    algorithm: 'HS256'
  })

  // safe: CWE-1004
  setCookie(event, 'nw_session', token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 8
  })

  return { ok: true, redirectTo: safeLocalPath(redirectTo, '/admin') }
})
