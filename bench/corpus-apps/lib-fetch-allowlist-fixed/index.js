'use strict';

/**
 * hostgate-fetch — a `fetch()` that only talks to hosts you allow.
 *
 *   const { createFetch } = require('hostgate-fetch');
 *   const fetchPartner = createFetch({ allowHosts: ['api.partner.com', '*.cdn.partner.com'] });
 *   const res = await fetchPartner(req.body.callbackUrl);
 *
 * Used for webhook deliveries, link previews and image proxies, where the URL comes from a user
 * and the allow-list is what keeps the server away from internal addresses.
 */

const { createFetch, HostNotAllowedError } = require('./lib/fetcher');
const { parseUrl, formatHost } = require('./lib/url');
const { compileAllowList } = require('./lib/allow');

/**
 * Checks a URL against an allow-list without fetching it (for validating settings forms).
 *
 * @param {string} url
 * @param {string[]} allowHosts
 * @returns {boolean}
 */
function isAllowed(url, allowHosts) {
  const parts = parseUrl(url);
  if (!parts) return false;
  return compileAllowList(allowHosts)(parts.hostname, parts.port);
}

module.exports = { createFetch, isAllowed, parseUrl, formatHost, HostNotAllowedError };
module.exports.default = createFetch;
