import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
import { defineConfig as defineHttpConfig } from '@adonisjs/core/http'

// The session cookie is HttpOnly unless told otherwise.
// ok: js/cookie-without-httponly
export default defineConfig({
  cookieName: 'app-session',
  cookie: { path: '/', secure: app.inProduction, sameSite: 'lax' },
  store: 'cookie',
  stores: { cookie: stores.cookie() },
})

// A theme cookie the front end reads is not the session.
export const http = defineHttpConfig({
  // ok: js/cookie-without-httponly
  cookie: { path: '/', httpOnly: false, sameSite: 'lax' },
})
