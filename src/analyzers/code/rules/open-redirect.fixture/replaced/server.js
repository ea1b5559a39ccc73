// A target that fails the check is replaced with a fixed page before the redirect.
const express = require('express');

const app = express();
const TRUSTED = ['/orders', '/account'];

app.get('/back', (req, res) => {
  let target = String(req.query.next || '/');
  if (!target.startsWith('/') || target.startsWith('//')) target = '/';
  // ok: js/open-redirect
  res.redirect(target);
});

app.get('/continue', (req, res) => {
  let target = String(req.query.next || '/');
  if (!TRUSTED.includes(target)) target = TRUSTED[0];
  // ok: js/open-redirect
  res.redirect(target);
});

app.get('/forward', (req, res) => {
  let target = String(req.query.next || '/');
  // Replaced when it passes the check: the failing value goes through.
  if (target.startsWith('/')) target = '/home';
  // ruleid: js/open-redirect
  res.redirect(target);
});

app.get('/logged', (req, res) => {
  let target = String(req.query.next || '/');
  // The replacement depends on something else than the target.
  if (!req.session) target = '/login';
  // ruleid: js/open-redirect
  res.redirect(target);
});

module.exports = app;
