import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/auth'
import logger from '@adonisjs/core/services/logger'
import string from '@adonisjs/core/helpers/string'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'

const APP_ORIGIN = 'https://app.crm.example.com'

export default class AuthController {
  async showLogin({ request, view }: HttpContext) {
    return view.render('auth/login', { next: request.input('next', '/contacts') })
  }

  async login({ request, response, auth, session }: HttpContext) {
    const { email, password } = request.only(['email', 'password'])

    try {
      const user = await User.verifyCredentials(email, password)
      await auth.use('web').login(user, !!request.input('remember'))
    } catch (error) {
      if (error instanceof errors.E_INVALID_CREDENTIALS) {
        logger.warn({ ip: request.ip() }, 'invalid login')
        session.flash('error', 'Invalid email or password')
        return response.redirect().back()
      }
      throw error
    }

    const next = request.input('next', '/contacts')
    // vuln: CWE-601
    return response.redirect(next)
  }

  /**
   * Users that belong to several workspaces switch through the header menu;
   * the menu passes the page they were on so they land back there.
   */
  async switchWorkspace({ request, response, auth, session }: HttpContext) {
    const workspaceId = Number(request.input('workspace'))
    const membership = await db
      .from('workspace_members')
      .where('user_id', auth.user!.id)
      .where('workspace_id', workspaceId)
      .first()
    if (membership) {
      auth.user!.workspaceId = workspaceId
      await auth.user!.save()
    }

    let target = '/contacts'
    try {
      const parsed = new URL(String(request.input('returnTo', '/contacts')), APP_ORIGIN)
      if (parsed.origin === APP_ORIGIN) {
        target = `${parsed.pathname}${parsed.search}`
      }
    } catch {
      target = '/contacts'
    }
    session.flash('success', 'Workspace switched')
    // safe: CWE-601
    return response.redirect().toPath(target)
  }

  async forgotPassword({ request, response, session }: HttpContext) {
    const email = String(request.input('email', '')).trim().toLowerCase()
    const user = await User.findBy('email', email)
    if (user) {
      const token = string.random(48)
      await db.table('password_resets').insert({
        user_id: user.id,
        token,
        expires_at: DateTime.now().plus({ hours: 1 }).toSQL(),
      })
    }
    session.flash('success', 'If the address exists, a reset link is on its way')
    return response.redirect().toRoute('auth.login.show')
  }

  async logout({ auth, response }: HttpContext) {
    await auth.use('web').logout()
    return response.redirect().toRoute('auth.login.show')
  }
}
