'use strict';

/**
 * Normalises proxy options.
 *   routes:     { "app.example.com": "http://10.0.0.12:3000", ... }
 *   fallback:   "host" (forward unknown hosts to the requested host, transparent mode),
 *               "default" (send them to `defaultTarget`) or "reject"
 *   trustProxy: read X-Forwarded-Host / X-Forwarded-Proto set by a load balancer in front
 */
function normalizeOptions(options = {}) {
  const routes = new Map();
  for (const [host, target] of Object.entries(options.routes || {})) {
    routes.set(host.toLowerCase(), new URL(target));
  }
  return {
    routes,
    defaultTarget: options.defaultTarget ? new URL(options.defaultTarget) : null,
    fallback: options.fallback || 'host',
    trustProxy: options.trustProxy !== false,
    timeout: Number(options.timeout) > 0 ? Number(options.timeout) : 30000,
    stripPrefix: typeof options.stripPrefix === 'string' ? options.stripPrefix : '',
    xfwd: options.xfwd !== false,
  };
}

module.exports = { normalizeOptions };
