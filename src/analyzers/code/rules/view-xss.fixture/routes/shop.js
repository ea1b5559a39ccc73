// Lists: request data written raw inside a loop of the view; and Markdown rendered by a renderer
// that lets raw HTML through, whatever text it came from (stored XSS, as js/xss judges it).
const express = require('express');
const { marked } = require('marked');
const sanitizeHtml = require('sanitize-html');
const escapeHtml = require('escape-html');
const { Review } = require('../models');

const router = express.Router();

router.get('/catalog', (req, res) => {
  const items = [].concat(req.query.item || []).map((name) => ({ name, blurb: `<p>${name}</p>` }));
  res.render('catalog', { items, tabs: ['<b>new</b>', '<b>popular</b>'] });
});

router.post('/threads/preview', (req, res) => {
  res.render('thread.hbs', { posts: req.body.posts, pinned: '<i>pinned</i>' });
});

router.get('/customers', (req, res) => {
  res.render('customers.pug', { customers: [{ notes: req.query.note }], columns: ['<th>Name</th>'] });
});

router.get('/reviews/:id', async (req, res) => {
  const review = await Review.findByPk(Number(req.params.id));
  const reviews = [review].map((r) => ({ bodyHtml: marked.parse(r.body), replyHtml: sanitizeHtml(marked.parse(r.reply)) }));
  res.render('reviews.njk', { reviews });
});

// One object, one field of request data and one escaped: only the first is written unescaped data.
router.get('/found', (req, res) => {
  res.render('found', { result: { q: req.query.q, html: `<mark>${escapeHtml(req.query.q)}</mark>`, count: 3 } });
});

module.exports = router;
