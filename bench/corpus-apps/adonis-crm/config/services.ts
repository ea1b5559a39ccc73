import env from '#start/env'

/**
 * Third-party services used by the CRM.
 */
export default {
  enrich: {
    baseUrl: 'https://api.enrich.example.io/v2',
    token: env.get('ENRICH_API_TOKEN'),
  },

  mailgun: {
    domain: 'mg.crm.example.com',
    // vuln: CWE-798
    apiKey: 'key-9f3c41d7a2b84e0c6d15f7e2a9b03c88',
  },

  slack: {
    webhookUrl: env.get('SLACK_WEBHOOK_URL', ''),
  },

  webhooks: {
    zapierSecret: env.get('WEBHOOK_SECRET'),
  },

  pdf: {
    binary: '/usr/local/bin/wkhtmltopdf',
    outputDir: 'storage/exports',
  },
}
