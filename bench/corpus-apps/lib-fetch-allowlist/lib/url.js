'use strict';

/**
 * A small, dependency-free URL splitter (it also runs in old browsers and workers without `URL`).
 *
 *   parseUrl('https://user:pw@api.example.com:8443/v1/items?q=1#top')
 *   → { protocol: 'https:', auth: 'user:pw', hostname: 'api.example.com', port: '8443',
 *       pathname: '/v1/items', search: '?q=1', hash: '#top' }
 */

const URL_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/;
const DEFAULT_PORTS = { 'http:': '80', 'https:': '443' };

/**
 * @param {string} input
 * @returns {null | { protocol: string, auth: string, hostname: string, port: string,
 *   pathname: string, search: string, hash: string, href: string }}
 */
function parseUrl(input) {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  const match = URL_RE.exec(trimmed);
  if (!match) return null;

  const protocol = match[1].toLowerCase();
  let authority = match[2];
  let auth = '';
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    auth = authority.slice(0, at);
    authority = authority.slice(at + 1);
  }

  let hostname = authority;
  let port = '';
  const portMatch = /:(\d*)$/.exec(authority);
  if (portMatch && !authority.endsWith(']')) {
    hostname = authority.slice(0, portMatch.index);
    port = portMatch[1];
  }
  hostname = hostname.toLowerCase().replace(/\.$/, '');
  if (port === DEFAULT_PORTS[protocol]) port = '';

  return {
    protocol,
    auth,
    hostname,
    port,
    pathname: match[3] || '/',
    search: match[4] || '',
    hash: match[5] || '',
    href: trimmed,
  };
}

/** `host` or `host:port`, for error messages and logs. */
function formatHost(parts) {
  return parts.port ? `${parts.hostname}:${parts.port}` : parts.hostname;
}

/**
 * Resolves a redirect `Location` against the URL that answered, the way browsers do for the
 * three forms servers send: absolute, scheme-relative and path-absolute.
 */
function resolveLocation(location, base) {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(location)) return location;
  const parts = parseUrl(base);
  if (!parts) return location;
  if (location.startsWith('//')) return `${parts.protocol}${location}`;
  const origin = `${parts.protocol}//${parts.auth ? `${parts.auth}@` : ''}${formatHost(parts)}`;
  if (location.startsWith('/')) return origin + location;
  const dir = parts.pathname.slice(0, parts.pathname.lastIndexOf('/') + 1);
  return origin + dir + location;
}

module.exports = { parseUrl, formatHost, resolveLocation };
