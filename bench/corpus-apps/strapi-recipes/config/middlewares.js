module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // vuln: CWE-942
      origin: (ctx) => ctx.request.header.origin,
      credentials: true,
      headers: ['Content-Type', 'Authorization', 'X-Partner-Token'],
    },
  },
  // vuln: CWE-200
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  'global::request-audit',
];
