// Small marketing site with server-rendered pages
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  const name = req.query.name || 'friend';
  // ruleid: js/xss
  res.send(`<h1>Hello, ${name}!</h1><p>Welcome back.</p>`);
});

app.get('/v2/hello', (req, res) => {
  const name = escapeHtml(req.query.name || 'friend');
  // ok: js/xss
  res.send(`<h1>Hello, ${name}!</h1>`);
});

app.get('/search', (req, res) => {
  const q = req.query.q;
  let html = '<html><body>';
  html += '<h2>Results for: ' + q + '</h2>';
  html += '<p>No results found.</p></body></html>';
  // ruleid: js/xss
  res.send(html);
});

app.get('/error', (req, res) => {
  const msg = req.query.msg;
  // ruleid: js/xss
  res.status(400).type('html').end('<div class="alert">' + msg + '</div>');
});

// Safe: JSON responses are not HTML
app.get('/api/echo', (req, res) => {
  // ok: js/xss
  res.json({ message: `Hello ${req.query.name}` });
});

// Safe: plain-text content type
app.get('/echo.txt', (req, res) => {
  // ok: js/xss
  res.type('text/plain').send(`You said: ${req.query.text}`);
});

app.post('/feedback', express.urlencoded({ extended: false }), (req, res) => {
  const { email, comment } = req.body;
  // ruleid: js/xss
  res.write(`<p>Thanks ${email}, we received: ${comment}</p>`);
  res.end();
});

app.listen(3000);
