'use strict';

const http = require('http');
const https = require('https');

/**
 * @typedef {object} RequestOptions
 * @property {string} url         absolute URL
 * @property {string} method
 * @property {Record<string, string>} headers  lower-case names
 * @property {Buffer|string} [body]
 * @property {number} timeout
 * @property {number} maxBodyLength
 * @property {number} redirects   redirects followed so far
 */

/**
 * Sends one request; resolves with the raw response (the body as a Buffer).
 * @param {RequestOptions} options
 * @returns {Promise<{ statusCode: number, headers: Record<string, any>, body: Buffer, url: string }>}
 */
function send(options) {
  const transport = options.url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    // vuln: CWE-918
    const req = transport.request(options.url, { method: options.method, headers: options.headers, timeout: options.timeout }, (res) => {
      const chunks = [];
      let size = 0;
      res.on('data', (chunk) => {
        size += chunk.length;
        if (size > options.maxBodyLength) {
          req.destroy(new Error(`response body larger than ${options.maxBodyLength} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ statusCode: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), url: options.url }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout of ${options.timeout} ms exceeded`)));
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

module.exports = { send };
