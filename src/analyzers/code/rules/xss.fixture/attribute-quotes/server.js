// An escaper that leaves `"` keeps a value inside element content, not inside a double-quoted
// attribute value: `x" onmouseover="alert(1)` ends the value and adds an attribute.
const express = require('express');
const { escapeHtml, escapeAttr } = require('./escape');

const app = express();

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

app.get('/badge', (req, res) => {
  // ruleid: js/xss
  res.send(`<span class="badge" title="${escapeHtml(req.query.title)}">${escapeHtml(req.query.name)}</span>`);
});

app.get('/badge/attr', (req, res) => {
  // ok: js/xss
  res.send(`<span class="badge" title="${escapeAttr(req.query.title)}">${escapeHtml(req.query.name)}</span>`);
});

app.get('/badge/text', (req, res) => {
  // In element content `"` is plain text.
  // ok: js/xss
  res.send(`<p>${escapeHtml(req.query.name)} said "${escapeText(req.query.quote)}"</p>`);
});

app.get('/avatar', (req, res) => {
  // ruleid: js/xss
  res.send('<img class="avatar" alt="' + escapeText(req.query.alt) + '" src="/a.png">');
});

app.get('/avatar/twice', (req, res) => {
  // Escaped again by one that handles quotes.
  // ok: js/xss
  res.send('<img class="avatar" alt="' + escapeAttr(escapeText(req.query.alt)) + '" src="/a.png">');
});

app.listen(3000);
