'use strict';

var back = require('./lib/back');
var koaBack = require('./lib/koa');

/**
 * Middleware that adds `res.back([alt])` (Express: `res.redirectBack`), bound to the request.
 *
 *   app.use(require('res-back')({ fallback: '/dashboard' }));
 *   app.post('/settings', (req, res) => { save(req.body); res.back(); });
 */
function resBack(options) {
  var opts = back.normalizeOptions(options);
  return function resBackMiddleware(req, res, next) {
    res.back = function (alt) {
      return back.redirectBack(req, res, alt, opts);
    };
    res.redirectBack = res.back;
    next();
  };
}

module.exports = resBack;
module.exports.redirectBack = back.redirectBack;
module.exports.referrer = back.getReferrer;
module.exports.koa = koaBack;
