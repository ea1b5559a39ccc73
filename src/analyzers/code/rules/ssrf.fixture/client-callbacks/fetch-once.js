// An HTTP client chosen by protocol: its callback gets the server's response, not a request.
const http = require('http');
const https = require('https');
const express = require('express');

function fetchStatus(url) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    client.get(url, { timeout: 5000 }, (res) => {
      // A redirect the remote server answers with is not the visitor's input.
      // ok: js/ssrf
      if (res.headers.location) client.get(new URL(res.headers.location, url), () => {});
      resolve(res.statusCode);
    }).on('error', reject);
  });
}

const app = express();
app.get('/status', async (req, res) => {
  const client = req.query.secure ? https : http;
  // ruleid: js/ssrf
  client.get(String(req.query.target), (upstream) => upstream.pipe(res));
});

module.exports = { fetchStatus, app };
