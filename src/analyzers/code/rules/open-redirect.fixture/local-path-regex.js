const express = require('express');

const app = express();

// A regex that pins only the start of the target: a leading `/` not followed by `/` or `\` keeps
// the redirect on this site whatever follows; a bare leading `/` admits `//evil.example`.
app.get('/continue', (req, res) => {
  const next = String(req.query.next || '/');
  const local = /^\/(?![\/\\])/.test(next) ? next : '/';
  // ok: js/open-redirect
  res.redirect(local);
});

app.get('/resume', (req, res) => {
  const next = String(req.query.next || '/');
  const target = /^\//.test(next) ? next : '/';
  // ruleid: js/open-redirect
  res.redirect(target);
});

app.listen(3000);
