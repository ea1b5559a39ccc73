import { defineConfig } from '@adonisjs/shield'

const shieldConfig = defineConfig({
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`, '@viteUrl'],
      imgSrc: [`'self'`, 'data:', 'https://*.gravatar.com'],
    },
    reportOnly: false,
  },

  /**
   * Turned off while the legacy jQuery screens post forms without the token.
   */
  csrf: {
    // vuln: CWE-352
    enabled: false,
    exceptRoutes: [],
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },

  xFrame: {
    enabled: true,
    action: 'DENY',
  },

  hsts: {
    enabled: true,
    maxAge: '180 days',
  },

  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
