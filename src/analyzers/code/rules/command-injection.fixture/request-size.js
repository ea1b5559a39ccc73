// `length` and `size` read numbers off strings, arrays, maps and sets; off the parsed query or body
// object they are fields the client named (`?size=1x1;rm -rf /`).
const express = require('express');
const { exec } = require('child_process');

const app = express();

app.get('/thumb', (req, res) => {
  // ruleid: js/command-injection
  exec(`convert in.png -resize ${req.query.size} out.png`, () => res.end());
});

app.post('/thumb', (req, res) => {
  const { size, length } = req.body;
  // ruleid: js/command-injection
  exec(`convert in.png -resize ${size} -crop ${length} out.png`, () => res.end());
});

app.get('/echo-length', (req, res) => {
  const name = String(req.query.name);
  // ok: js/command-injection
  exec(`logger name of ${name.length} characters`, () => res.end());
});

app.get('/count', (req, res) => {
  const tags = new Set(String(req.query.tags).split(','));
  // ok: js/command-injection
  exec(`logger ${tags.size} tags ${req.query.name.length}`, () => res.end());
});

module.exports = app;
