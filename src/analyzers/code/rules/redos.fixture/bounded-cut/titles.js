// Polynomial backtracking needs long input: a piece cut to a constant length (`slice(0, 200)`,
// a fixed-size header field) cannot be long. Exponential patterns stay slow on short input.
const express = require('express');

const app = express();

app.post('/titles', (req, res) => {
  const title = String(req.body.title);
  // ruleid: js/redos
  const trimmed = title.replace(/\s*$/, '');
  // ok: js/redos
  const short = title.slice(0, 200).replace(/\s*$/, '');
  // ok: js/redos
  const field = Buffer.from(String(req.body.header)).toString('utf8', 8, 8 + 100).replace(/\0.*$/, '');
  // ruleid: js/redos
  const tail = title.slice(5).replace(/\s*$/, '');
  // ruleid: js/redos
  const word = /^(\w+\s?)*$/.test(title.slice(0, 200));
  res.json({ trimmed, short, field, tail, word });
});

module.exports = app;
