import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

export const staging = defineConfig({
  cookieName: 'app-session',
  cookie: {
    httpOnly: true,
    // ruleid: js/cookie-without-secure
    secure: false,
    sameSite: 'lax',
  },
  store: 'cookie',
  stores: { cookie: stores.cookie() },
})

// `secure` follows the environment the app runs in.
// ok: js/cookie-without-secure
export default defineConfig({
  cookieName: 'app-session',
  cookie: { httpOnly: true, secure: app.inProduction, sameSite: 'lax' },
  store: 'cookie',
  stores: { cookie: stores.cookie() },
})
