'use strict';

var back = require('./back');

/**
 * Koa adapter: adds `ctx.back([alt])`.
 *
 *   app.use(require('res-back/lib/koa')({ fallback: '/' }));
 *   router.post('/comments', async (ctx) => { await save(ctx.request.body); ctx.back('/comments'); });
 *
 * The redirect is written on the raw response, so Koa is told not to respond itself.
 */
function koaBack(options) {
  var opts = back.normalizeOptions(options);
  return function koaBackMiddleware(ctx, next) {
    ctx.back = function (alt) {
      ctx.respond = false;
      back.redirectBack(ctx.req, ctx.res, alt, opts);
    };
    return next();
  };
}

module.exports = koaBack;
