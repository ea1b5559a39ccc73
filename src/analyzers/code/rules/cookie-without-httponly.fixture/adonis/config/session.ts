import env from '#start/env'
import { defineConfig, stores } from '@adonisjs/session'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'app-session',
  age: '2h',
  cookie: {
    path: '/',
    // ruleid: js/cookie-without-httponly
    httpOnly: false,
    secure: true,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER'),
  stores: { cookie: stores.cookie() },
})

export default sessionConfig
