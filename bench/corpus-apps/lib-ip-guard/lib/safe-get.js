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

// Host names made only of digits, dots, hex letters, "x" and colons are IP literals: no DNS needed.
const LOOKS_NUMERIC = /^[0-9a-fx.:]+$/i;

async function checkHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (LOOKS_NUMERIC.test(host)) {
    if (!isPublic(host)) throw new BlockedAddressError(host);
    return;
  }
  const records = await dns.lookup(host, { all: true });
  for (const { address } of records) {
    if (!isPublic(address)) throw new BlockedAddressError(address);
  }
}

/**
 * GET a user-supplied URL (webhook test, link preview, avatar import) without reaching
 * internal services. http(s) only, no redirects, size-limited.
 */
async function safeGet(input, options = {}) {
  const url = new URL(String(input));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`netguard: unsupported protocol ${url.protocol}`);
  await checkHost(url.hostname);

  const client = url.protocol === 'https:' ? https : http;
  const maxBytes = options.maxBytes || 5 * 1024 * 1024;

  return new Promise((resolve, reject) => {
    // vuln: CWE-918
    const req = client.get(url, { headers: options.headers || {}, timeout: options.timeout || 10000 }, (res) => {
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
