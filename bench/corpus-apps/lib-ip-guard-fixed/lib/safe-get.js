'use strict';

const http = require('http');
const https = require('https');
const dns = require('dns').promises;
const { isPublic } = require('./address');

class BlockedAddressError extends Error {
  constructor(address) {
    super(`netguard: refusing to connect to non-public address ${address}`);
    this.name = 'BlockedAddressError';
    this.address = address;
  }
}

/**
 * Resolves the host (IP literals included: the resolver returns them in canonical form), checks
 * every address and returns the first one, which the connection is then pinned to.
 */
async function checkHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '');
  const records = await dns.lookup(host, { all: true, verbatim: true });
  if (!records.length) throw new Error(`netguard: ${host} did not resolve`);
  for (const { address } of records) {
    if (!isPublic(address)) throw new BlockedAddressError(address);
  }
  return records[0];
}

/**
 * GET a user-supplied URL (webhook test, link preview, avatar import) without reaching
 * internal services. http(s) only, no redirects, size-limited.
 */
async function safeGet(input, options = {}) {
  const url = new URL(String(input));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`netguard: unsupported protocol ${url.protocol}`);
  const pinned = await checkHost(url.hostname);
  const lookup = (_host, opts, cb) => {
    if (opts && opts.all) cb(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };

  const client = url.protocol === 'https:' ? https : http;
  const maxBytes = options.maxBytes || 5 * 1024 * 1024;

  return new Promise((resolve, reject) => {
    // safe: CWE-918
    const req = client.get(url, { headers: options.headers || {}, timeout: options.timeout || 10000, lookup }, (res) => {
      const chunks = [];
      let size = 0;
      res.on('data', (chunk) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new Error('netguard: response too large'));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('netguard: timeout')));
    req.on('error', reject);
  });
}

module.exports = { safeGet, BlockedAddressError, checkHost };
