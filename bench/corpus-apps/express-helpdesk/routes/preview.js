const express = require('express');
const { toHtml, replyToHtml } = require('../lib/markdown');

const router = express.Router();

// "Preview" button of the new-ticket form.
router.post('/ticket', (req, res) => {
  res.render('preview', { subject: req.body.subject, bodyHtml: toHtml(req.body.body) });
});

// "Preview" button of the agent reply box.
router.post('/reply', (req, res) => {
  res.render('reply-preview', { replyHtml: replyToHtml(req.body.reply) });
});

// Live preview pane (fetched by the editor and put into the page as is).
router.post('/live', (req, res) => {
  // vuln: CWE-79
  res.type('html').send(toHtml(req.body.body));
});

router.post('/live/reply', (req, res) => {
  // safe: CWE-79
  res.type('html').send(replyToHtml(req.body.reply));
});

module.exports = router;
