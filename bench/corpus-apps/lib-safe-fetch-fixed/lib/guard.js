'use strict';

const { isPrivateHost } = require('./ip');

/**
 * Parses `input` and checks its scheme, credentials and host.
 * @param {string} input
 * @param {Required<import('./options').FetchOptions>} o
 * @returns {URL}
 */
function assertAllowedUrl(input, o) {
  let url;
  try {
    url = new URL(String(input));
  } catch (err) {
    throw new TypeError(`Invalid URL: ${input}`);
  }
  if (!o.protocols.includes(url.protocol)) throw new Error(`Protocol ${url.protocol} is not allowed`);
  if (url.username || url.password) throw new Error('URLs with credentials are not allowed');
  if (isPrivateHost(url.hostname)) {
    const err = new Error(`Refusing to fetch private address ${url.hostname}`);
    err.code = 'EPRIVATE';
    throw err;
  }
  return url;
}

module.exports = { assertAllowedUrl };
