// A check of `value || ''`: a missing value is the empty string, so the check covers the value.
const express = require('express');

const app = express();
const COLOR = /^(?:#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{3,20})$/i;

app.get('/badge', (req, res) => {
  const opts = { color: req.query.color };
  if (COLOR.test(opts.color || '')) {
    // ok: js/xss
    res.send(`<span style="color:${opts.color}">badge</span>`);
  } else {
    // ruleid: js/xss
    res.send(`<span style="color:${opts.color}">badge</span>`);
  }
});

app.get('/label', (req, res) => {
  const opts = { color: req.query.color };
  // The fallback is checked, not the value.
  if (COLOR.test(opts.fallback || '')) {
    // ruleid: js/xss
    res.send(`<span style="color:${opts.color}">label</span>`);
  }
});

module.exports = app;
