'use strict';

const PLACEHOLDER = 'http://placeholder.invalid';

/**
 * A path on this site: starts with one slash ("/account"), not a protocol-relative "//host" or
 * "/\\host" (browsers read "\\" as "/"), no control characters, and still on the same origin
 * once resolved the way a browser resolves a Location header (1.2.1).
 */
function isLocalPath(url) {
  if (typeof url !== 'string' || !url.startsWith('/')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(url)) return false;
  if (url.startsWith('//')) return false;
  try {
    return new URL(url, PLACEHOLDER).origin === PLACEHOLDER;
  } catch (e) {
    return false;
  }
}

/** An absolute http(s) URL whose host the application listed in `allowedHosts`. */
function isAllowedAbsolute(url, allowedHosts) {
  if (allowedHosts.size === 0) return false;
  let parsed;
  try {
    parsed = new URL(url);
  } catch (e) {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && allowedHosts.has(parsed.hostname.toLowerCase());
}

/** The redirect target to use: the requested one when it is acceptable, else the fallback. */
function pickTarget(requested, opts) {
  if (requested && isLocalPath(requested)) return requested;
  if (requested && isAllowedAbsolute(requested, opts.allowedHosts)) return new URL(requested).href;
  return opts.fallback;
}

module.exports = { isLocalPath, isAllowedAbsolute, pickTarget };
