// Settings read from the environment, with one partner's API token written in.
export default {
  port: Number(process.env.PORT ?? 3000),
  db: {
    host: process.env.PGHOST ?? 'localhost',
    password: process.env.PGPASSWORD,
  },
  ats: {
    baseURL: 'https://harvest.ats-partner.example.com/v1',
    // ruleid: js/hardcoded-credentials
    token: 'ats_live_6b1f0c9e2d7a48f3b5e1c0a9d8f7e6b2',
  },
  github: {
    // ok: js/hardcoded-credentials
    token: process.env.GITHUB_TOKEN,
  },
  forms: {
    // ok: js/hardcoded-credentials
    csrfToken: 'x9K2mQ7vL4pR8sT1wZ6nB3cF',
    // ok: js/hardcoded-credentials
    tokenLength: 32,
  },
  cache: {
    // ok: js/hardcoded-credentials
    token: '<ats-api-token>',
  },
  maps: {
    // ok: js/hardcoded-credentials
    publicToken: 'pk.eyJ1IjoiY3JtIiwiYSI6ImNrN2V4YW1wbGUifQ',
  },
};
