// needle's two call shapes: `needle(method, url)` (a promise; the URL is the second argument) and
// `needle.get(url, callback)`. A URL the visitor chose makes the server fetch whatever they name.
const express = require('express');
const needle = require('needle');

const app = express();

app.get('/fetch', async (req, res) => {
  // ruleid: js/ssrf
  const reply = await needle('get', req.query.url);
  res.json({ status: reply.statusCode });
});

app.post('/forward', (req, res) => {
  // ruleid: js/ssrf
  needle.post(req.body.target, req.body.payload, { json: true }, (err, resp) => {
    res.status(err ? 502 : resp.statusCode).end();
  });
});

app.get('/report', async (req, res) => {
  // The method is the visitor's, the host is ours.
  // ok: js/ssrf
  const reply = await needle(req.query.method === 'post' ? 'post' : 'get', 'https://reports.example.com/latest');
  res.json(reply.body);
});

app.get('/lookup', (req, res) => {
  // ok: js/ssrf
  needle.get(`https://api.example.com/items/${encodeURIComponent(req.query.id)}`, (err, resp) => {
    res.json(err ? {} : resp.body);
  });
});

module.exports = app;
