'use strict';

const net = require('net');

// Private, loopback, link-local and reserved ranges, checked on the parsed address.
const BLOCKED = new net.BlockList();
BLOCKED.addSubnet('10.0.0.0', 8, 'ipv4');
BLOCKED.addSubnet('192.168.0.0', 16, 'ipv4');
BLOCKED.addSubnet('172.16.0.0', 12, 'ipv4');
BLOCKED.addSubnet('127.0.0.0', 8, 'ipv4');
BLOCKED.addSubnet('169.254.0.0', 16, 'ipv4');
BLOCKED.addSubnet('0.0.0.0', 8, 'ipv4');
BLOCKED.addSubnet('100.64.0.0', 10, 'ipv4');
BLOCKED.addAddress('::1', 'ipv6');
BLOCKED.addAddress('::', 'ipv6');
BLOCKED.addSubnet('fc00::', 7, 'ipv6');
BLOCKED.addSubnet('fe80::', 10, 'ipv6');

/**
 * Canonical form of an address: IPv4 shorthand, octal, hex and integer forms ("127.1", "0x7f.1",
 * "2130706433") become dotted decimal, IPv4-mapped IPv6 ("::ffff:7f00:1") becomes its IPv4 address.
 * Returns null for anything that is not an IP address.
 */
function normalize(address) {
  let a = String(address).trim().replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIP(a) === 0 && /^[0-9a-fx.]+$/.test(a)) {
    try {
      a = new URL(`http://${a}/`).hostname;
    } catch {
      return null;
    }
  }
  const family = net.isIP(a);
  if (family === 0) return null;
  if (family === 6) {
    const mapped = /^(?:0{0,4}:){0,5}:?ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(a);
    if (mapped) {
      if (mapped[1]) return { address: mapped[1], type: 'ipv4' };
      const hi = parseInt(mapped[2], 16);
      const lo = parseInt(mapped[3], 16);
      return { address: `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, type: 'ipv4' };
    }
    return { address: a, type: 'ipv6' };
  }
  return { address: a, type: 'ipv4' };
}

function isLoopback(address) {
  if (String(address).trim().toLowerCase() === 'localhost') return true;
  const n = normalize(address);
  return !!n && (n.type === 'ipv4' ? n.address.startsWith('127.') : n.address === '::1');
}

function isPrivate(address) {
  if (String(address).trim().toLowerCase() === 'localhost') return true;
  const n = normalize(address);
  // Not an IP address at all: treat as non-public, callers must resolve names first.
  if (!n) return true;
  return BLOCKED.check(n.address, n.type);
}

function isPublic(address) {
  return !isPrivate(address);
}

module.exports = { isPrivate, isPublic, isLoopback, normalize };
