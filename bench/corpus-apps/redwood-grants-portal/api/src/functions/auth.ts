import type { APIGatewayProxyEvent, Context } from 'aws-lambda'

import { DbAuthHandler } from '@redwoodjs/auth-dbauth-api'
import type { DbAuthHandlerOptions, UserType } from '@redwoodjs/auth-dbauth-api'

import { config } from 'src/lib/config'
import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'
import { allowLoginAttempt, clearLoginAttempts, cookieName } from 'src/lib/auth'
import { sendMail } from 'src/lib/mailer'

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  // vuln: CWE-532
  logger.debug({ path: event.path, body: event.body }, 'dbAuth request')

  const forgotPasswordOptions: DbAuthHandlerOptions['forgotPassword'] = {
    handler: async (user, resetToken) => {
      await sendMail(
        user.email,
        'Reset your Alder Foundation password',
        `Reset your password: ${config.webOrigin}/reset-password?resetToken=${resetToken}`
      )
      return user
    },
    expires: 60 * 30,
    errors: {
      usernameNotFound: 'If that address is registered you will receive an e-mail shortly',
      usernameRequired: 'Email is required',
    },
  }

  const loginOptions: DbAuthHandlerOptions['login'] = {
    handler: async (user) => {
      if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
        throw new Error('This account is temporarily locked')
      }
      await clearLoginAttempts(`login:${user.email}`)
      logger.info({ userId: user.id }, 'login ok')
      return user
    },
    errors: {
      usernameOrPasswordMissing: 'Both email and password are required',
      usernameNotFound: 'Incorrect email or password',
      incorrectPassword: 'Incorrect email or password',
    },
    expires: 60 * 60 * 24 * 7,
  }

  const resetPasswordOptions: DbAuthHandlerOptions['resetPassword'] = {
    handler: (_user) => true,
    allowReusedPassword: false,
    errors: {
      resetTokenExpired: 'resetToken is expired',
      resetTokenInvalid: 'resetToken is invalid',
      resetTokenRequired: 'resetToken is required',
      reusedPassword: 'Must choose a new password',
    },
  }

  interface UserAttributes {
    name: string
  }

  const signupOptions: DbAuthHandlerOptions<UserType, UserAttributes>['signup'] = {
    handler: ({ username, hashedPassword, salt, userAttributes }) => {
      return db.user.create({
        data: {
          email: username,
          hashedPassword,
          salt,
          name: userAttributes?.name,
          roles: 'applicant',
        },
      })
    },
    passwordValidation: (password) => {
      if (password.length < 12) {
        throw new Error('Password must be at least 12 characters')
      }
      return true
    },
    errors: {
      fieldMissing: '${field} is required',
      usernameTaken: 'An account with this email already exists',
    },
  }

  if (event.httpMethod === 'POST' && event.body) {
    const body = JSON.parse(event.body) as { method?: string; username?: string }
    if (body.method === 'login' || body.method === 'forgotPassword') {
      const ip = event.requestContext?.identity?.sourceIp ?? 'unknown'
      const ok = await allowLoginAttempt(`login:${body.username ?? ''}`)
      const okIp = await allowLoginAttempt(`ip:${ip}`)
      if (!ok || !okIp) {
        return { statusCode: 429, body: JSON.stringify({ error: 'Too many attempts, try again later' }) }
      }
    }
  }

  const authHandler = new DbAuthHandler(event, context, {
    db,
    authModelAccessor: 'user',
    authFields: {
      id: 'id',
      username: 'email',
      hashedPassword: 'hashedPassword',
      salt: 'salt',
      resetToken: 'resetToken',
      resetTokenExpiresAt: 'resetTokenExpiresAt',
    },
    allowedUserFields: ['id', 'email'],
    cors: {
      origin: config.webOrigin,
      credentials: true,
    },
    cookie: {
      name: cookieName,
      attributes: {
        HttpOnly: true,
        Path: '/',
        SameSite: 'Strict',
        Secure: process.env.NODE_ENV !== 'development',
      },
    },
    forgotPassword: forgotPasswordOptions,
    login: loginOptions,
    resetPassword: resetPasswordOptions,
    signup: signupOptions,
  })

  return await authHandler.invoke()
}
