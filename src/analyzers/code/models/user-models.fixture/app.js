const express = require('express');
const { exec } = require('child_process');
const warehouse = require('@acme/warehouse');
const { input, onJob } = require('@acme/gateway');
const { cleanHtml } = require('./lib/html');

const app = express();
const wh = warehouse.connect(process.env.WAREHOUSE_URL);

app.get('/stock', async (req, res) => {
  // ruleid: js/sql-injection
  res.json(await wh.raw(`SELECT * FROM stock WHERE sku = '${req.query.sku}'`));
});

app.get('/stock/safe', async (req, res) => {
  // ok: js/sql-injection
  res.json(await wh.raw('SELECT * FROM stock WHERE sku = ?', [req.query.sku]));
});

app.get('/bio', (req, res) => {
  // ok: js/xss
  res.send(`<div class="bio">${cleanHtml(req.query.bio)}</div>`);
});

app.get('/bio/raw', (req, res) => {
  // ruleid: js/xss
  res.send(`<div class="bio">${req.query.bio}</div>`);
});

onJob(() => {
  // ruleid: js/command-injection
  exec(`convert ${input('file')} out.png`);
});

module.exports = app;
