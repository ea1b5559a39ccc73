'use strict';

const TYPES = new Set(['DIRECT', 'PROXY', 'HTTP', 'HTTPS', 'SOCKS', 'SOCKS4', 'SOCKS5']);

/**
 * Parses a PAC result string: `"PROXY a:3128; SOCKS5 b:1080; DIRECT"`.
 * @param {string} text
 * @returns {{ type: string, host?: string, port?: number }[]}
 */
function parseProxyList(text) {
  return String(text || 'DIRECT')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [rawType, address = ''] = entry.split(/\s+/, 2);
      const type = rawType.toUpperCase();
      if (!TYPES.has(type)) throw new Error(`unknown proxy type: ${rawType}`);
      if (type === 'DIRECT') return { type };
      const colon = address.lastIndexOf(':');
      const port = Number(address.slice(colon + 1));
      if (colon <= 0 || !Number.isInteger(port) || port <= 0 || port > 65535) {
        throw new Error(`invalid proxy address: ${address}`);
      }
      return { type: type === 'PROXY' ? 'HTTP' : type, host: address.slice(0, colon), port };
    });
}

/** Inverse of parseProxyList() for one entry. */
function formatProxy(p) {
  return p.type === 'DIRECT' ? 'DIRECT' : `${p.type === 'HTTP' ? 'PROXY' : p.type} ${p.host}:${p.port}`;
}

module.exports = { parseProxyList, formatProxy };
