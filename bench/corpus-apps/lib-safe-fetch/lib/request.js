'use strict';

const http = require('http');
const https = require('https');

/**
 * One HTTP(S) GET without following redirects; the body is capped at `o.maxBytes`.
 * @param {URL} url a URL that passed assertAllowedUrl()
 * @param {Required<import('./options').FetchOptions>} o
 * @returns {Promise<{ status: number, headers: object, body: Buffer }>}
 */
function request(url, o) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // vuln: CWE-918
    const req = client.get(url, { headers: o.headers, timeout: o.timeout }, (res) => {
      const chunks = [];
      let size = 0;
      res.on('data', (chunk) => {
        size += chunk.length;
        if (size > o.maxBytes) {
          req.destroy(new Error(`Response larger than ${o.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`Timed out after ${o.timeout} ms`)));
    req.on('error', reject);
  });
}

module.exports = { request };
