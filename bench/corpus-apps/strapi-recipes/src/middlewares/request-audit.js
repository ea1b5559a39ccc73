'use strict';

module.exports = (config, { strapi }) => {
  return async (ctx, next) => {
    const started = Date.now();
    if (ctx.path === '/api/auth/local' && ctx.method === 'POST') {
      // vuln: CWE-532
      strapi.log.info(`login attempt ${JSON.stringify(ctx.request.body)}`);
    }
    await next();
    strapi.log.debug(`${ctx.method} ${ctx.path} ${ctx.status} ${Date.now() - started}ms`);
  };
};
