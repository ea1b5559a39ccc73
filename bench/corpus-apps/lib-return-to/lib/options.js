'use strict';

function normalizeOptions(options = {}) {
  return {
    param: typeof options.param === 'string' && options.param ? options.param : 'returnTo',
    fallback: typeof options.fallback === 'string' ? options.fallback : '/',
    loginPath: typeof options.loginPath === 'string' ? options.loginPath : '/login',
    allowedHosts: new Set((options.allowedHosts || []).map((h) => String(h).toLowerCase())),
    status: options.status === 301 || options.status === 303 || options.status === 307 ? options.status : 302,
    sessionKey: options.sessionKey || 'returnTo',
  };
}

module.exports = { normalizeOptions };
