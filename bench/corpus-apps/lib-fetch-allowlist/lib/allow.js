'use strict';

const picomatch = require('picomatch');

/**
 * Compiles host patterns into one predicate. Entries are host names (`api.example.com`), globs on
 * the labels (`*.example.com`, matching one or more sub-domains but not the apex) and an optional
 * port (`internal.example.com:8443`; without a port only the scheme's default port is allowed).
 *
 * @param {string[]} allowHosts
 * @returns {(hostname: string, port: string) => boolean}
 */
function compileAllowList(allowHosts) {
  if (!Array.isArray(allowHosts) || allowHosts.length === 0) {
    throw new TypeError('hostgate-fetch: allowHosts must be a non-empty array');
  }
  const entries = allowHosts.map((entry) => {
    const [host, port = ''] = String(entry).toLowerCase().split(/:(?=\d+$)/);
    const isMatch = host.includes('*') ? picomatch(host, { dot: true, nocase: true }) : (name) => name === host;
    return { isMatch, port };
  });
  return (hostname, port) => entries.some((e) => e.port === (port || '') && e.isMatch(hostname));
}

module.exports = { compileAllowList };
