// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: false },
  typescript: { strict: true },
  runtimeConfig: {
    // all overridden from NUXT_* environment variables in production
    jwtSecret: '',
    databaseUrl: '',
    analyticsUrl: '',
    sso: {
      issuer: 'https://login.northwind.example',
      clientId: 'cms',
      clientSecret: ''
    },
    public: {
      siteName: 'Northwind CMS',
      mediaBase: '/files'
    }
  },
  nitro: {
    storage: {
      media: { driver: 'fs', base: './.data/media' },
      cache: { driver: 'fs', base: './.data/cache' }
    }
  },
  routeRules: {
    '/api/**': { headers: { 'cache-control': 'no-store' } },
    '/files/**': { headers: { 'x-content-type-options': 'nosniff' } }
  }
})
