'use strict';

/**
 * `http://unix:/var/run/docker.sock:/containers/json` → socket `/var/run/docker.sock`, path
 * `/containers/json`. Any other URL → null.
 */
function parseUnixSocketUrl(url) {
  if (url.hostname !== 'unix') return null;
  const pathname = url.pathname;
  const colon = pathname.indexOf(':');
  if (colon <= 0) return null;
  return {
    socketPath: pathname.slice(0, colon),
    path: (pathname.slice(colon + 1) || '/') + url.search,
  };
}

/** Node `http.request` options for a normalised request. */
function toRequestOptions(url, options) {
  const base = {
    method: options.method,
    headers: { ...options.headers },
    timeout: options.timeout,
  };
  const unix = parseUnixSocketUrl(url);
  if (unix) {
    return { ...base, socketPath: unix.socketPath, path: unix.path, headers: { host: 'localhost', ...base.headers } };
  }
  return {
    ...base,
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    auth: url.username || url.password ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

module.exports = { parseUnixSocketUrl, toRequestOptions };
