'use strict';

var encodeUrl = require('encodeurl');
var writeRedirectBody = require('./body');

var DEFAULTS = {
  fallback: '/',
  status: 302
};

var REDIRECT_STATUSES = [301, 302, 303, 307, 308];

function isLocalPath(path) {
  return typeof path === 'string' && path.charAt(0) === '/' &&
    path.charAt(1) !== '/' && path.charAt(1) !== '\\';
}

function normalizeOptions(options) {
  var opts = Object.assign({}, DEFAULTS, options);
  if (REDIRECT_STATUSES.indexOf(opts.status) === -1) {
    throw new RangeError('status must be one of ' + REDIRECT_STATUSES.join(', '));
  }
  if (!isLocalPath(opts.fallback)) {
    throw new TypeError('fallback must be a path on this site, such as "/"');
  }
  return opts;
}

/**
 * The page the request came from, as sent by the browser (`Referer`, or the `Referrer`
 * spelling some clients use), or undefined.
 */
function getReferrer(req) {
  var value = req.headers.referer || req.headers.referrer;
  if (Array.isArray(value)) {
    value = value[0];
  }
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * redirectBack(req, res, [alt], [options]): send the client back where it came from,
 * or to `alt` (a path on this site) / `options.fallback` when the request carries no referrer.
 *
 *   app.post('/cart/items', (req, res) => { cart.add(req.body); redirectBack(req, res, '/cart'); });
 */
function redirectBack(req, res, alt, options) {
  var opts = normalizeOptions(options);
  var target = getReferrer(req) || (isLocalPath(alt) ? alt : opts.fallback);
  var location = encodeUrl(target);
  res.statusCode = opts.status;
  // vuln: CWE-601
  res.setHeader('Location', location);
  writeRedirectBody(req, res, location);
}

module.exports = {
  redirectBack: redirectBack,
  getReferrer: getReferrer,
  normalizeOptions: normalizeOptions,
  isLocalPath: isLocalPath
};
