// Escapers that look each match up in a table of entities instead of spelling the entity inline.
const express = require('express');

const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const QUOTES_ONLY = { '"': '\\"', "'": "\\'" };

function toEntities(text) {
  return String(text).replace(/[&<>"]/g, (ch) => HTML_ENTITIES[ch]);
}

function quoteOnly(text) {
  return String(text).replace(/[<"']/g, (ch) => QUOTES_ONLY[ch] || ch);
}

const app = express();
app.get('/feed', (req, res) => {
  // ok: js/xss
  res.send(`<channel><title>${toEntities(req.query.topic)}</title></channel>`);
});
app.get('/feed-legacy', (req, res) => {
  // ruleid: js/xss
  res.send(`<channel><title>${quoteOnly(req.query.topic)}</title></channel>`);
});
module.exports = app;
