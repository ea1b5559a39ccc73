'use strict';

const dns = require('dns');
const net = require('net');

const blocked = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches localhost
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4],
]) {
  blocked.addSubnet(prefix, bits, 'ipv4');
}
for (const [prefix, bits] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96], // IPv4-mapped: checked again as IPv4 below
  ['64:ff9b::', 96], // NAT64
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8],
]) {
  blocked.addSubnet(prefix, bits, 'ipv6');
}

const PRIVATE_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost']);

/**
 * Whether an IP address (v4 or v6, no brackets) is private, loopback, link-local or reserved.
 * @param {string} address
 * @returns {boolean}
 */
function isPrivateAddress(address) {
  const family = net.isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true; // not an address: refuse
}

/**
 * Whether a URL host names a private machine without a DNS lookup: IP literals and the
 * `localhost` names. Other names are checked after resolution by `guardedLookup`.
 * @param {string} hostname `URL.hostname` (IPv6 in brackets)
 * @returns {boolean}
 */
function isPrivateHost(hostname) {
  const host = String(hostname).toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1');
  if (PRIVATE_NAMES.has(host) || host.endsWith('.localhost')) return true;
  return net.isIP(host) !== 0 && isPrivateAddress(host);
}

/**
 * A `lookup` for http.get/https.get: resolves like dns.lookup, then refuses private addresses,
 * so the address the socket connects to is the address that was checked (no DNS rebinding).
 */
function guardedLookup(hostname, options, callback) {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) {
      const e = new Error(`Refusing to connect to private address ${bad.address} (${hostname})`);
      e.code = 'EPRIVATE';
      return callback(e);
    }
    if (options && options.all) return callback(null, addresses);
    return callback(null, addresses[0].address, addresses[0].family);
  });
}

module.exports = { isPrivateHost, isPrivateAddress, guardedLookup };
