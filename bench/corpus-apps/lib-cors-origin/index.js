'use strict';

var vary = require('vary');
var origin = require('./lib/origin');
var headers = require('./lib/headers');

var DEFAULTS = {
  origin: '*',
  methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
  allowedHeaders: null,
  exposedHeaders: null,
  credentials: false,
  maxAge: null,
  preflightContinue: false,
  optionsSuccessStatus: 204
};

function setOrigin(options, req, res, allowed) {
  var requestOrigin = req.headers.origin;
  if (options.origin === '*' && options.credentials !== true) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    return;
  }
  vary(res, 'Origin');
  if (allowed && requestOrigin) {
    // vuln: CWE-942
    res.setHeader('Access-Control-Allow-Origin', requestOrigin);
  }
}

function handle(options, req, res, next, allowed) {
  var method = req.method && req.method.toUpperCase();
  setOrigin(options, req, res, allowed);
  headers.apply(headers.credentials(options), res);

  if (method === 'OPTIONS') {
    headers.apply([].concat(
      headers.methods(options),
      headers.allowedHeaders(options, req),
      headers.maxAge(options),
      headers.exposedHeaders(options)
    ), res);
    if (options.preflightContinue) {
      return next();
    }
    res.statusCode = options.optionsSuccessStatus;
    res.setHeader('Content-Length', '0');
    return res.end();
  }
  headers.apply(headers.exposedHeaders(options), res);
  next();
}

/**
 * cors(options) → (req, res, next)
 *
 *   app.use(cors({ origin: ['https://app.example.com', 'https://*.example.com'], credentials: true }))
 */
function cors(options) {
  var opts = Object.assign({}, DEFAULTS, options);
  if (opts.origin === true) {
    throw new TypeError('origin: true is not supported; list the allowed origins');
  }
  if (opts.origin === '*' && opts.credentials === true) {
    throw new TypeError('origin "*" cannot be combined with credentials');
  }
  return function corsMiddleware(req, res, next) {
    origin.resolveOrigin(opts.origin, req.headers.origin, req, function (err, allowed) {
      if (err) {
        return next(err);
      }
      handle(opts, req, res, next, allowed);
    });
  };
}

module.exports = cors;
module.exports.cors = cors;
module.exports.isOriginAllowed = origin.isOriginAllowed;
