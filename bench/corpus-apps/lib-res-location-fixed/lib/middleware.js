'use strict';

const { createRedirector } = require('./redirector');

/**
 * Connect / Express middleware adding `res.safeRedirect(target, [status])` and
 * `res.redirectBack([status])`, and reading `?returnTo=` / `?next=` into
 * `req.returnTo` when it is allowed.
 */
function redirectGuard(options) {
  const redirector = createRedirector(options);
  const param = (options && options.param) || ['returnTo', 'next'];
  const params = [].concat(param);

  return function redirectGuardMiddleware(req, res, next) {
    const query = req.query || Object.fromEntries(new URL(req.url, 'http://localhost').searchParams);
    for (const name of params) {
      const value = query[name];
      if (typeof value === 'string' && redirector.isAllowed(value)) {
        req.returnTo = value;
        break;
      }
    }
    res.safeRedirect = (target, status) => redirector.redirect(req, res, target, status);
    res.redirectBack = (status) => redirector.back(req, res, status);
    next();
  };
}

module.exports = { redirectGuard };
