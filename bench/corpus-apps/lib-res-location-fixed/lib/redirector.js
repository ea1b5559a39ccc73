'use strict';

const { isAllowedTarget } = require('./allow');
const { setLocation } = require('./location');
const { redirectBody, STATUS_TEXT } = require('./body');

function acceptsHtml(req) {
  const accept = (req && req.headers && req.headers.accept) || '';
  return accept.includes('text/html');
}

/**
 * createRedirector({ allowHosts: ['accounts.example.com', '*.example.com'], fallback: '/' })
 *   .redirect(req, res, req.query.next)
 *   .back(req, res)
 */
function createRedirector(options) {
  const opts = Object.assign({ fallback: '/', status: 302, allowRelative: true, allowHttp: false }, options);
  if (!isAllowedTarget(opts.fallback, Object.assign({}, opts, { allowRelative: true }))) {
    throw new TypeError('redirect-guard: fallback must itself be an allowed target');
  }

  function send(req, res, target, status) {
    const code = STATUS_TEXT[status] ? status : opts.status;
    const loc = isAllowedTarget(target, opts) ? target : opts.fallback;
    const { type, body } = redirectBody(code, loc, acceptsHtml(req));
    res.statusCode = code;
    setLocation(res, loc);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', Buffer.byteLength(body));
    if (req && req.method === 'HEAD') res.end();
    else res.end(body);
    return loc;
  }

  return {
    isAllowed: (target) => isAllowedTarget(target, opts),
    redirect(req, res, target, status) {
      return send(req, res, target, status);
    },
    back(req, res, status) {
      const referrer = req.headers.referer || req.headers.referrer;
      return send(req, res, typeof referrer === 'string' ? referrer : opts.fallback, status);
    },
  };
}

module.exports = { createRedirector };
