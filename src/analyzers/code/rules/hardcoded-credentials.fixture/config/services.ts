import env from '#start/env'

/**
 * Third-party services.
 */
export default {
  enrich: {
    baseUrl: 'https://api.enrich.example.io/v2',
    // ok: js/hardcoded-credentials
    apiKey: env.get('ENRICH_API_KEY'),
  },

  mailgun: {
    domain: 'mg.crm.example.com',
    // ruleid: js/hardcoded-credentials
    apiKey: 'key-4a7e19c2d05b83f6e1a9c7d24b60e3f8',
  },

  maps: {
    // ok: js/hardcoded-credentials
    publicApiKey: 'pk.eyJ1IjoiY3JtIiwiYSI6ImNrN2V4YW1wbGUifQ',
  },

  sandbox: {
    // ok: js/hardcoded-credentials
    apiKey: '<mailgun-api-key>',
  },
}
