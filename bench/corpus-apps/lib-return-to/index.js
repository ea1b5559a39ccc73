'use strict';

const { normalizeOptions } = require('./lib/options');
const { readReturnTo } = require('./lib/source');
const { pickTarget, isLocalPath } = require('./lib/check');

/**
 * After a successful login: redirect to `?returnTo=` (or the remembered URL) when it is a local
 * path or an allowed host, else to `options.fallback`.
 */
function redirectBack(req, res, options) {
  const opts = normalizeOptions(options);
  const target = pickTarget(readReturnTo(req, opts), opts);
  if (req.session) delete req.session[opts.sessionKey];
  res.statusCode = opts.status;
  // vuln: CWE-601
  res.setHeader('Location', target);
  res.end();
}

/** Sends an anonymous user to the login page, carrying the current URL as `?returnTo=`. */
function redirectToLogin(req, res, options) {
  const opts = normalizeOptions(options);
  const here = req.originalUrl || req.url || '/';
  const location = `${opts.loginPath}?${encodeURIComponent(opts.param)}=${encodeURIComponent(here)}`;
  res.statusCode = 302;
  // safe: CWE-601
  res.setHeader('Location', location);
  res.end();
}

/** Middleware: remembers the current URL in the session before a login wall. */
function rememberReturnTo(options) {
  const opts = normalizeOptions(options);
  return function remember(req, res, next) {
    if (req.session && req.method === 'GET') req.session[opts.sessionKey] = req.originalUrl || req.url;
    next();
  };
}

/** Link for a login form's hidden field (HTML attribute escaping is the template's job). */
function returnToValue(req, options) {
  const opts = normalizeOptions(options);
  const requested = readReturnTo(req, opts);
  return requested && isLocalPath(requested) ? requested : opts.fallback;
}

module.exports = { redirectBack, redirectToLogin, rememberReturnTo, returnToValue };
