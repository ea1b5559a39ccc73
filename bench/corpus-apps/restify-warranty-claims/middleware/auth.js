'use strict';

const jwt = require('jsonwebtoken');
const errors = require('restify-errors');
const config = require('../config');

function bearer(req) {
  const h = req.header('authorization') || '';
  if (h.startsWith('Bearer ')) return h.slice(7);
  // Printable pages are opened in a new tab by the portal, so GETs may also carry the SSO cookie.
  if (req.method === 'GET') {
    const m = /(?:^|;\s*)cd_token=([^;]+)/.exec(req.header('cookie') || '');
    if (m) return decodeURIComponent(m[1]);
  }
  return null;
}

function requireUser(roles = []) {
  return function authenticate(req, res, next) {
    const token = bearer(req);
    if (!token) return next(new errors.UnauthorizedError('missing token'));
    try {
      // safe: CWE-347
      req.user = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'], issuer: 'claimdesk' });
    } catch (e) {
      return next(new errors.UnauthorizedError('invalid token'));
    }
    if (roles.length && !roles.includes(req.user.role)) {
      return next(new errors.ForbiddenError('insufficient role'));
    }
    return next();
  };
}

function signSession(user) {
  return jwt.sign({ sub: String(user.id), role: user.role, dealerId: user.dealerId }, config.jwtSecret, {
    algorithm: 'HS256',
    issuer: 'claimdesk',
    expiresIn: '8h',
  });
}

module.exports = { requireUser, signSession };
