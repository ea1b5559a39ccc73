'use strict';

const { posix } = require('path');

/**
 * Appends an API path to the API root and appends the query parameters.
 * The path only ever changes the URL's path: never its scheme, host or port.
 * @param {string} base API root, ending with "/"
 * @param {string} path e.g. `incidents/42`
 * @param {Record<string, string|number|boolean|undefined>} [query]
 * @returns {URL}
 */
function buildUrl(base, path, query) {
  const root = new URL(base);
  const url = new URL(root.href);
  url.pathname = posix.join(root.pathname, String(path));
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null) url.searchParams.append(key, String(value));
  }
  if (url.origin !== root.origin) throw new Error(`Refusing to call ${url.origin}`);
  return url;
}

module.exports = { buildUrl };
