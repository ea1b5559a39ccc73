import env from '#start/env'
import { defineConfig } from '@adonisjs/shield'

export default defineConfig({
  csrf: {
    // ok: js/csrf
    enabled: true,
    exceptRoutes: ['/webhooks/stripe'],
  },
  hsts: {
    // ok: js/csrf
    enabled: env.get('NODE_ENV') === 'production',
  },
})
