import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

export default defineConfig({
  cookieName: 'app-session',
  cookie: { httpOnly: true, secure: app.inProduction, sameSite: 'lax' },
  store: 'cookie',
  stores: { cookie: stores.cookie() },
})
