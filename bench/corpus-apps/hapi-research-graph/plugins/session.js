'use strict';

const crypto = require('crypto');
const { looksTrusted, safeReturnUrl } = require('../lib/urls');

module.exports = {
  name: 'session',
  register(server) {
    // After single sign-on the identity provider sends the browser back here with `next`.
    server.route({
      method: 'GET',
      path: '/sso/callback',
      handler: (request, h) => {
        const next = request.query.next || '/';
        const nonce = crypto.randomBytes(16).toString('hex');
        if (looksTrusted(next)) {
          // vuln: CWE-601
          return h.redirect(next).header('x-sso-nonce', nonce);
        }
        return h.redirect('/');
      },
    });

    server.route({
      method: 'GET',
      path: '/sso/return',
      handler: (request, h) => {
        // safe: CWE-601
        return h.redirect(safeReturnUrl(request.query.next));
      },
    });
  },
};
