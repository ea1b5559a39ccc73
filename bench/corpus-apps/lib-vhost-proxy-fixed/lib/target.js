'use strict';

/** Host the client asked for, without the port, lower case. */
function requestedHost(req, opts) {
  const forwarded = opts.trustProxy ? req.headers['x-forwarded-host'] : undefined;
  const raw = String(forwarded || req.headers.host || '').split(',')[0].trim();
  return raw.toLowerCase();
}

function stripPort(host) {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d+$/, '');
}

/**
 * Chooses the upstream for a request. Returns a configured URL (from `routes` or
 * `defaultTarget`) or null when the request must be refused. The request's own host name is
 * only a key into the table, never a destination.
 */
function resolveTarget(req, opts) {
  const host = requestedHost(req, opts);
  const routed = opts.routes.get(stripPort(host));
  if (routed) return routed;
  if (opts.fallback === 'default') return opts.defaultTarget;
  return null;
}

/** Path to request upstream: always origin-form, optional prefix removed. */
function rewritePath(url, stripPrefix) {
  let p = String(url || '/');
  if (!p.startsWith('/')) p = '/' + p.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  if (stripPrefix && p.startsWith(stripPrefix)) p = p.slice(stripPrefix.length) || '/';
  return p.startsWith('/') ? p : '/' + p;
}

module.exports = { resolveTarget, rewritePath, requestedHost };
