// HTML escaping keeps a value inside its attribute; at the start of a URL attribute a
// `javascript:` URL still runs when the link is followed.
const express = require('express');
const escapeHtml = require('escape-html');
const { sanitizeUrl } = require('@braintree/sanitize-url');

const app = express();

app.get('/profile', (req, res) => {
  // ruleid: js/xss
  res.send(`<a class="home" href="${escapeHtml(req.query.site)}">${escapeHtml(req.query.name)}</a>`);
});

app.get('/profile/title', (req, res) => {
  // ok: js/xss
  res.send(`<p title="${escapeHtml(req.query.site)}">${escapeHtml(req.query.name)}</p>`);
});

app.get('/profile/path', (req, res) => {
  // A constant path starts the URL: the value cannot choose the scheme.
  // ok: js/xss
  res.send(`<a href="/users/${escapeHtml(req.query.name)}">profile</a>`);
});

app.get('/avatar', (req, res) => {
  // ruleid: js/xss
  res.send('<img alt="" src="' + escapeHtml(req.query.src) + '">');
});

app.get('/avatar/proxied', (req, res) => {
  // ok: js/xss
  res.send('<img alt="" src="/img?u=' + encodeURIComponent(req.query.src) + '">');
});

app.get('/site', (req, res) => {
  // ok: js/xss
  res.send(`<a href="${escapeHtml(sanitizeUrl(req.query.site))}">site</a>`);
});

module.exports = app;
