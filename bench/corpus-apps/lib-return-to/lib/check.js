'use strict';

/** A path on this site: starts with one slash ("/account"), not a protocol-relative "//host". */
function isLocalPath(url) {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
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
