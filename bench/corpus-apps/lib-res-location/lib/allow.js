'use strict';

const PLACEHOLDER_ORIGIN = 'http://redirect-guard.invalid';

function normaliseHost(host) {
  return String(host).trim().toLowerCase().replace(/\.$/, '');
}

function hostMatches(hostname, pattern) {
  const host = normaliseHost(hostname);
  const p = normaliseHost(pattern);
  if (p.startsWith('*.')) {
    const suffix = p.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return host === p;
}

/**
 * Decides whether `target` may be used as a redirect target.
 * Relative references (`/account`, `?tab=2`) are allowed when `allowRelative` is set;
 * absolute ones must be http(s) and name an allowed host.
 */
function isAllowedTarget(target, options) {
  const opts = options || {};
  if (typeof target !== 'string' || target.length === 0 || target.length > (opts.maxLength || 2048)) return false;
  let parsed;
  try {
    parsed = new URL(target, PLACEHOLDER_ORIGIN);
  } catch (err) {
    return false;
  }
  if (parsed.origin === PLACEHOLDER_ORIGIN) return opts.allowRelative !== false;
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && opts.allowHttp)) return false;
  if (parsed.username || parsed.password) return false;
  return (opts.allowHosts || []).some((pattern) => hostMatches(parsed.hostname, pattern));
}

module.exports = { isAllowedTarget, hostMatches };
