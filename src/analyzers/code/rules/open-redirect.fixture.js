const express = require('express');
const app = express();

app.get('/login/callback', (req, res) => {
  // ruleid: js/open-redirect
  res.redirect(req.query.returnTo);
});

app.get('/go', (req, res) => {
  const { next } = req.query;
  // ruleid: js/open-redirect
  res.redirect(302, next);
});

app.get('/profile', (req, res) => {
  // ok: js/open-redirect
  res.redirect(`/users/${req.query.id}`);
  // ok: js/open-redirect
  res.redirect('/home');
});

app.get('/safe-next', (req, res) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/') || next.startsWith('//')) return res.redirect('/');
  // ok: js/open-redirect
  res.redirect(next);
});

function afterLogin() {
  const params = new URLSearchParams(window.location.search);
  // ruleid: js/open-redirect
  window.location.href = params.get('redirect');
}

function afterLogout() {
  // ok: js/open-redirect
  window.location.href = '/login';
}

// (A Koa app's handler; `ctx` is a request context where Koa is used.)
require('koa');
async function koaHandler(ctx) {
  // ruleid: js/open-redirect
  ctx.redirect(ctx.query.url);
}

module.exports = { koaHandler, afterLogin, afterLogout };

app.get('/bounce', (req, res) => {
  // ruleid: js/open-redirect
  res.writeHead(302, { Location: req.query.to });
  res.end();
});

app.get('/bounce2', (req, res) => {
  // ruleid: js/open-redirect
  res.setHeader('Location', req.query.to);
  // ok: js/open-redirect
  res.setHeader('X-Trace', req.query.to);
  res.statusCode = 302;
  res.end();
});

exports.lambdaGo = async (event) => ({
  statusCode: 302,
  // ruleid: js/open-redirect
  headers: { Location: event.queryStringParameters.to },
  body: '',
});

// Prefix and allow-list checks that constrain the target, and look-alikes that do not.
app.get('/after-login', (req, res) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/')) return res.redirect('/');
  // ruleid: js/open-redirect
  res.redirect(next);
});
app.get('/after-signup', (req, res) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/') || next.startsWith('//')) return res.redirect('/');
  // ok: js/open-redirect
  res.redirect(next);
});
app.get('/partner', (req, res) => {
  const to = req.query.to;
  if ('https://partner.example https://docs.example'.indexOf(to) === -1) return res.sendStatus(400);
  // ruleid: js/open-redirect
  res.redirect(to);
});
app.get('/partner/v2', (req, res) => {
  const to = req.query.to;
  if (['https://partner.example/', 'https://docs.example/'].indexOf(to) === -1) return res.sendStatus(400);
  // ok: js/open-redirect
  res.redirect(to);
});
app.get('/leave', (req, res) => {
  // ruleid: js/open-redirect
  if (/example\.com/.test(req.query.url)) return res.redirect(req.query.url);
  res.redirect('/');
});
app.get('/leave/v2', (req, res) => {
  const host = new URL(req.query.url).hostname;
  // ok: js/open-redirect
  if (host === 'example.com') return res.redirect(req.query.url);
  res.redirect('/');
});

// Browser self-flows: the page's own URL, origin or path navigates back to the same site.
function paginate(page) {
  // ok: js/open-redirect
  window.location.href = window.location.pathname + '?page=' + page + window.location.hash;
  // ok: js/open-redirect
  location.assign(`${location.origin}/search${location.search}`);
  // ok: js/open-redirect
  location.replace(location.href);
  const here = document.URL;
  // ok: js/open-redirect
  window.location = here;
}

// An attacker-controlled part of the URL reaching navigation on its own is still an open redirect.
function followHash() {
  // ruleid: js/open-redirect
  window.location.href = location.hash.slice(1);
  // ruleid: js/open-redirect
  location.assign(document.referrer);
  // ruleid: js/open-redirect
  window.location = location.href.split('next=')[1];
}

window.addEventListener('message', (event) => {
  // ruleid: js/open-redirect
  window.location.href = event.data.url;
});

// Validators that loop over an allowlist: what decides is the check made in the loop.
const REDIRECT_TARGETS = ['https://shop.example/account', 'https://status.example/'];

function isRedirectAllowed(url) {
  let allowed = false;
  for (const target of REDIRECT_TARGETS) {
    allowed = allowed || url.includes(target);
  }
  return allowed;
}

function isKnownTarget(url) {
  let known = false;
  for (const target of REDIRECT_TARGETS) {
    if (url === target) known = true;
  }
  return known;
}

app.get('/out', (req, res) => {
  const to = String(req.query.to);
  // A substring test: https://evil.example/?https://status.example/ passes.
  // ruleid: js/open-redirect
  if (isRedirectAllowed(to)) return res.redirect(to);
  res.status(406).end();
});

app.get('/out/exact', (req, res) => {
  const to = String(req.query.to);
  // ok: js/open-redirect
  if (isKnownTarget(to)) return res.redirect(to);
  res.status(406).end();
});

// The user's value in the query string of a fixed path: the redirect stays on that path.
app.get('/to-login', (req, res) => {
  // ok: js/open-redirect
  res.redirect('/login?next=' + encodeURIComponent(req.query.next));
});
app.get('/to-search', (req, res) => {
  // ok: js/open-redirect
  res.redirect(`/search?q=${req.query.q}`);
});
app.get('/to-base', (req, res) => {
  // ruleid: js/open-redirect
  res.redirect(req.query.base + '?ref=mail');
});

// A raw Location header is not percent-encoded: browsers read `/\evil.example` as `//evil.example`.
app.get('/back-raw', (req, res) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/') || next.startsWith('//')) return res.redirect('/');
  res.statusCode = 302;
  // ruleid: js/open-redirect
  res.setHeader('Location', next);
  res.end();
});
app.get('/back-raw-checked', (req, res) => {
  const next = String(req.query.next || '/');
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return res.redirect('/');
  res.statusCode = 302;
  // ok: js/open-redirect
  res.setHeader('Location', next);
  res.end();
});
