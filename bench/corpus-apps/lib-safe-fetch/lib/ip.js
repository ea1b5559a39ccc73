'use strict';

const PRIVATE_V4 = [
  /^127\./, // loopback
  /^10\./,
  /^192\.168\./,
  /^172\.(?:1[6-9]|2\d|3[01])\./,
  /^169\.254\./, // link-local, cloud metadata
];

const PRIVATE_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', '[::1]']);

/**
 * Whether a URL host names a private, loopback or link-local machine.
 * @param {string} hostname `URL.hostname` (IPv6 in brackets)
 * @returns {boolean}
 */
function isPrivateHost(hostname) {
  const host = String(hostname).toLowerCase().replace(/\.$/, '');
  if (PRIVATE_NAMES.has(host) || host.endsWith('.localhost')) return true;
  return PRIVATE_V4.some((re) => re.test(host));
}

module.exports = { isPrivateHost };
