'use strict';

/**
 * URL splitting on top of the WHATWG `URL` parser — the same parser `fetch()` uses, so the host
 * checked is the host connected to. Since 2.1.1 (2.1.0 had its own regex splitter, which read
 * `https://evil.test\\@api.example.com/` as host `api.example.com` while `fetch()` connects to
 * `evil.test`: for http(s) URLs a backslash ends the authority like a slash).
 *
 *   parseUrl('https://user:pw@api.example.com:8443/v1/items?q=1#top')
 *   → { protocol: 'https:', auth: 'user:pw', hostname: 'api.example.com', port: '8443',
 *       pathname: '/v1/items', search: '?q=1', hash: '#top', href: 'https://user:pw@…' }
 */

/**
 * @param {string} input
 * @returns {null | { protocol: string, auth: string, hostname: string, port: string,
 *   pathname: string, search: string, hash: string, href: string }}
 */
function parseUrl(input) {
  if (typeof input !== 'string') return null;
  let url;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  const auth = url.username || url.password ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : '';
  return {
    protocol: url.protocol,
    auth,
    hostname: url.hostname.toLowerCase().replace(/\.$/, ''),
    port: url.port,
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
    // The normalised serialisation: this string, not the caller's, is what gets fetched.
    href: url.href,
  };
}

/** `host` or `host:port`, for error messages and logs. */
function formatHost(parts) {
  return parts.port ? `${parts.hostname}:${parts.port}` : parts.hostname;
}

/**
 * Resolves a redirect `Location` against the URL that answered (WHATWG resolution).
 */
function resolveLocation(location, base) {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}

module.exports = { parseUrl, formatHost, resolveLocation };
