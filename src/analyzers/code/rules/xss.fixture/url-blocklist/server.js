const express = require('express');
const escapeHtml = require('escape-html');
const { sanitizeUrl, safeUrl } = require('./urls');
const checked = require('./checked-urls');

const app = express();

function safeHref(href) {
  return /^\s*javascript:/i.test(href) ? '#' : href;
}

app.get('/link', (req, res) => {
  // ruleid: js/xss
  res.send(`<a href="${escapeHtml(sanitizeUrl(req.query.u))}">link</a>`);
});

app.get('/link/allowed', (req, res) => {
  // ok: js/xss
  res.send(`<a href="${escapeHtml(safeUrl(req.query.u))}">link</a>`);
});

app.get('/link/local', (req, res) => {
  // ruleid: js/xss
  res.send(`<a href="${escapeHtml(safeHref(req.query.u))}">link</a>`);
});

app.get('/link/checked', (req, res) => {
  // ok: js/xss
  res.send(`<a href="${escapeHtml(checked.sanitizeUrl(req.query.u))}">link</a>`);
});

app.listen(3000);
