'use strict';

const https = require('https');
const config = require('../config');

// The insurer's UAT and production gateways both present a certificate from their private CA.
const agent = new https.Agent({
  keepAlive: true,
  // vuln: CWE-295
  rejectUnauthorized: false,
});

function request(method, path, body) {
  const url = new URL(config.insurerBaseUrl + path);
  return new Promise((resolve, reject) => {
    const req = https.request(url, {
      method,
      agent,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${process.env.INSURER_API_TOKEN}`,
      },
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => {
        if (res.statusCode >= 400) return reject(new Error(`insurer ${res.statusCode}`));
        resolve(data ? JSON.parse(data) : null);
      });
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

module.exports = {
  submitClaim: (claim) => request('POST', '/claims', claim),
  claimStatus: (ref) => request('GET', `/claims/${encodeURIComponent(ref)}`),
};
