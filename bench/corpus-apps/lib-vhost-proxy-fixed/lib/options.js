'use strict';

/**
 * Normalises proxy options.
 *   routes:     { "app.example.com": "http://10.0.0.12:3000", ... }
 *   fallback:   "default" (send unknown hosts to `defaultTarget`) or "reject".
 *               1.4.1: the "host" (transparent) mode is removed, it forwarded to any host a
 *               client named.
 *   trustProxy: read X-Forwarded-Host set by a load balancer in front (off by default); it only
 *               selects among `routes`
 */
function normalizeOptions(options = {}) {
  const routes = new Map();
  for (const [host, target] of Object.entries(options.routes || {})) {
    routes.set(host.toLowerCase(), new URL(target));
  }
  return {
    routes,
    defaultTarget: options.defaultTarget ? new URL(options.defaultTarget) : null,
    fallback: options.fallback === 'reject' ? 'reject' : 'default',
    trustProxy: options.trustProxy === true,
    timeout: Number(options.timeout) > 0 ? Number(options.timeout) : 30000,
    stripPrefix: typeof options.stripPrefix === 'string' ? options.stripPrefix : '',
    xfwd: options.xfwd !== false,
  };
}

module.exports = { normalizeOptions };
