'use strict';

/**
 * Resolves an API path against the API root and appends the query parameters.
 * @param {string} base API root, ending with "/"
 * @param {string} path e.g. `incidents/42`
 * @param {Record<string, string|number|boolean|undefined>} [query]
 * @returns {URL}
 */
function buildUrl(base, path, query) {
  const url = new URL(String(path).replace(/^\/+/, ''), base);
  for (const [key, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null) url.searchParams.append(key, String(value));
  }
  return url;
}

module.exports = { buildUrl };
