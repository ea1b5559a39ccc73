const express = require('express');
const DOMPurify = require('isomorphic-dompurify');
const { marked } = require('marked');
const { renderMarkdown, renderMarkdownEscaped, cleanRichText, cleanBasicText } = require('./lib/render');

const router = express.Router();

router.post('/preview', (req, res) => {
  // ruleid: js/xss
  res.send(`<div class="preview">${renderMarkdown(req.body.text)}</div>`);
});

router.post('/preview-escaped', (req, res) => {
  // ok: js/xss
  res.send(`<div class="preview">${renderMarkdownEscaped(req.body.text)}</div>`);
});

router.post('/preview-purified', (req, res) => {
  // ok: js/xss
  res.send(DOMPurify.sanitize(marked(req.body.text)));
});

router.post('/preview-embed', (req, res) => {
  const html = DOMPurify.sanitize(marked(req.body.text), { ADD_TAGS: ['iframe'], ADD_ATTR: ['allowfullscreen'] });
  // ruleid: js/xss
  res.send(html);
});

router.post('/comment', (req, res) => {
  // ruleid: js/xss
  res.send(cleanRichText(req.body.comment));
});

router.post('/comment-basic', (req, res) => {
  // ok: js/xss
  res.send(cleanBasicText(req.body.comment));
});

module.exports = router;
