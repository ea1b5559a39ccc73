import { defineConfig } from '@adonisjs/shield'

// A token API with no cookie session: nothing for a forged form to ride on.
export default defineConfig({
  csrf: {
    // ok: js/csrf
    enabled: false,
  },
  xFrame: { enabled: true, action: 'DENY' },
})
