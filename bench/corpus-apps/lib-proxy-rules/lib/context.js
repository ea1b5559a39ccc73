'use strict';

const net = require('net');
const { wildcardMatch } = require('./glob');

const DEFAULT_PORTS = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21 };

/**
 * The values a rule condition can use: `url`, `host`, `port`, `protocol`, `path`.
 * @param {string|URL} url
 */
function requestContext(url) {
  const u = url instanceof URL ? url : new URL(String(url));
  return {
    url: u.href,
    host: u.hostname.toLowerCase(),
    port: u.port ? Number(u.port) : DEFAULT_PORTS[u.protocol] || 0,
    protocol: u.protocol.replace(/:$/, ''),
    path: u.pathname,
  };
}

function ipv4ToInt(ip) {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/**
 * The PAC helper functions available to rule conditions.
 */
const helpers = {
  isPlainHostName(host) {
    return !String(host).includes('.');
  },
  dnsDomainIs(host, domain) {
    const h = String(host).toLowerCase();
    const d = String(domain).toLowerCase();
    return h === d.replace(/^\./, '') || h.endsWith(d.startsWith('.') ? d : `.${d}`);
  },
  shExpMatch(str, pattern) {
    return wildcardMatch(str, pattern);
  },
  isInNet(host, pattern, mask) {
    if (!net.isIPv4(host) || !net.isIPv4(pattern) || !net.isIPv4(mask)) return false;
    const m = ipv4ToInt(mask);
    return (ipv4ToInt(host) & m) >>> 0 === (ipv4ToInt(pattern) & m) >>> 0;
  },
};

module.exports = { requestContext, helpers };
