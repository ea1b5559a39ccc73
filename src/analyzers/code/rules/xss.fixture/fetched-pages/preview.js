// A page fetched server-side from a URL the visitor chose is the visitor's HTML: sending it back
// on our origin runs their script. A body fetched from our own fixed API host is not theirs.
const express = require('express');
const axios = require('axios');
const got = require('got');
const needle = require('needle');

const app = express();

app.get('/preview', async (req, res) => {
  const page = await axios.get(req.query.url);
  // ruleid: js/xss
  res.send(page.data);
});

app.get('/mirror', async (req, res) => {
  const page = await got(req.query.target);
  // ruleid: js/xss
  res.send(page.body);
});

app.get('/items/:id', async (req, res) => {
  const item = await axios.get(`https://inventory.internal.example/items/${encodeURIComponent(req.params.id)}`);
  // ok: js/xss
  res.send(item.data);
});

app.get('/status', async (req, res) => {
  const health = await got('https://status.example.com/health', { responseType: 'json' });
  // ok: js/xss
  res.send(health.body);
});

app.get('/embed', (req, res) => {
  needle.get(req.query.src, (err, resp) => {
    if (err) return res.status(502).end();
    // ruleid: js/xss
    res.send(resp.body);
  });
});

app.get('/weather', (req, res) => {
  needle.get('https://weather.example.com/today', (err, resp, body) => {
    if (err) return res.status(502).end();
    // ok: js/xss
    res.send(body);
  });
});

app.get('/snapshot', async (req, res) => {
  const page = await needle('get', req.query.page);
  // ruleid: js/xss
  res.send(page.body);
});

app.get('/forecast', async (req, res) => {
  const reply = await needle('get', 'https://weather.example.com/today');
  // ok: js/xss
  res.send(reply.body);
});

module.exports = app;
