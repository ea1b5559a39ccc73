// Deserialisers return the data their text spells out: a cookie or body field stays the user's.
const express = require('express');
const fs = require('fs');
const yaml = require('js-yaml');
const nodeSerialize = require('node-serialize');
const escapeHtml = require('escape-html');

const app = express();
const settings = yaml.load(fs.readFileSync('settings.yml', 'utf8'));

function readCart(req) {
  const raw = req.cookies.cart;
  if (!raw) return { lines: [], note: '' };
  const cart = nodeSerialize.unserialize(Buffer.from(raw, 'base64').toString('utf8'));
  return cart && Array.isArray(cart.lines) ? cart : { lines: [], note: '' };
}

app.get('/cart', (req, res) => {
  const cart = readCart(req);
  // ruleid: js/xss
  res.send(`<p>Note: ${cart.note}</p>`);
});

app.get('/cart/escaped', (req, res) => {
  const cart = readCart(req);
  // ok: js/xss
  res.send(`<p>Note: ${escapeHtml(cart.note)}</p>`);
});

app.post('/profile/preview', express.text(), (req, res) => {
  const profile = yaml.load(req.body);
  // ruleid: js/xss
  res.send(`<h1>${profile.displayName}</h1>`);
});

app.get('/about', (req, res) => {
  // ok: js/xss
  res.send(`<h1>${settings.siteName}</h1>`);
});

app.listen(3000);
