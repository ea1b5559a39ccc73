const express = require('express');
const { PartsClient } = require('./parts-client');

const app = express();
const parts = new PartsClient({ get: (k) => process.env[k.toUpperCase()] });
const SUPPLIER_API = process.env.SUPPLIER_API;

app.get('/parts/:part', async (req, res) => {
  res.json(await parts.part(req.params.part));
});

app.get('/stock', async (req, res) => {
  res.json(await parts.stock(req.query.host, req.query.sku));
});

app.get('/mirror', async (req, res) => {
  res.json(await parts.mirror('https', req.query.host, req.query.sku));
});

app.get('/suppliers/:id', async (req, res) => {
  // ok: js/ssrf
  const r = await fetch(`${SUPPLIER_API}/suppliers/${encodeURIComponent(req.params.id)}`);
  res.json(await r.json());
});

app.get('/proxy', async (req, res) => {
  // ruleid: js/ssrf
  const r = await fetch(`${req.query.base}/suppliers/list`);
  res.json(await r.json());
});

module.exports = app;
