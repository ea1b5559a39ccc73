'use strict';

const http = require('http');
const https = require('https');

/**
 * GETs `url` and resolves with the response stream of the final (2xx) answer.
 * @param {string|URL} url
 * @param {{ maxRedirects: number, timeout: number, headers?: object }} o
 * @returns {Promise<import('http').IncomingMessage>}
 */
function get(url, o, redirects = 0) {
  const target = new URL(String(url));
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.reject(new Error(`Unsupported protocol ${target.protocol}`));
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(target, { headers: o.headers, timeout: o.timeout }, (res) => {
      const { statusCode, headers } = res;
      if (statusCode >= 300 && statusCode < 400 && headers.location) {
        res.resume();
        if (redirects >= o.maxRedirects) return reject(new Error('Too many redirects'));
        return resolve(get(new URL(headers.location, target), o, redirects + 1));
      }
      if (statusCode < 200 || statusCode >= 300) {
        res.resume();
        return reject(new Error(`GET ${target.href} answered ${statusCode}`));
      }
      resolve(res);
    });
    req.on('timeout', () => req.destroy(new Error('Request timed out')));
    req.on('error', reject);
  });
}

module.exports = { get };
