// OAuth callback + "return to" handling
const express = require('express');
const session = require('express-session');

const app = express();
// ruleid: js/cookie-without-secure
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const ALLOWED_REDIRECTS = ['/dashboard', '/settings', '/billing'];

app.get('/login/callback', (req, res) => {
  req.session.userId = req.query.uid;
  const returnTo = req.query.returnTo || '/';
  // ruleid: js/open-redirect
  res.redirect(returnTo);
});

app.get('/logout', (req, res) => {
  req.session.destroy(() => {
    // ruleid: js/open-redirect
    res.redirect(302, req.query.next);
  });
});

app.get('/go', (req, res) => {
  const target = req.query.url;
  // ruleid: js/open-redirect
  res.writeHead(302, { Location: target });
  res.end();
});

// Safe: only allow-listed local paths
app.get('/v2/login/callback', (req, res) => {
  const returnTo = ALLOWED_REDIRECTS.includes(req.query.returnTo) ? req.query.returnTo : '/dashboard';
  // ok: js/open-redirect
  res.redirect(returnTo);
});

// Safe: relative path check rejects protocol-relative and absolute URLs
app.get('/v2/logout', (req, res) => {
  const next = String(req.query.next || '/');
  const safe = next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/';
  // ok: js/open-redirect
  res.redirect(safe);
});

app.get('/docs', (req, res) => {
  // ok: js/open-redirect
  res.redirect(301, 'https://docs.example.com/');
});

app.get('/r/:code', (req, res) => {
  // ruleid: js/open-redirect
  res.location(req.query.to).status(302).end();
});

app.listen(3000);
