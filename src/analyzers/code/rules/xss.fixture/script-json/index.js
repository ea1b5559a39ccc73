// State serialised into an inline <script>: JSON text is only safe there once `<` is escaped.
const express = require('express');

const UNSAFE_CHARS = /[<>\/\u2028\u2029]/g;
const ESCAPED_CHARS = { '<': '\\u003C', '>': '\\u003E', '/': '\\u002F', '\u2028': '\\u2028', '\u2029': '\\u2029' };
const QUOTE_ESCAPES = { '"': '\\u0022', "'": '\\u0027' };

function escapeUnsafeChars(text) {
  return text.replace(UNSAFE_CHARS, (c) => ESCAPED_CHARS[c]);
}

function escapeQuotes(text) {
  return text.replace(/["']/g, (c) => QUOTE_ESCAPES[c]);
}

const app = express();
app.get('/state', (req, res) => {
  // ok: js/xss
  res.send(`<script>window.__STATE__ = ${escapeUnsafeChars(JSON.stringify(req.query))};</script>`);
});
app.get('/state-inline', (req, res) => {
  // ok: js/xss
  res.send(`<script>window.__STATE__ = ${JSON.stringify(req.query).replace(/</g, '\\u003c')};</script>`);
});
app.get('/state-raw', (req, res) => {
  // ruleid: js/xss
  res.send(`<script>window.__STATE__ = ${JSON.stringify(req.query)};</script>`);
});
app.get('/state-quotes', (req, res) => {
  // ruleid: js/xss
  res.send(`<script>window.__STATE__ = ${escapeQuotes(JSON.stringify(req.query))};</script>`);
});
module.exports = app;
