// Lists: request data written raw inside a loop of the view; and Markdown rendered by a renderer
// that lets raw HTML through, whatever text it came from (stored XSS, as js/xss judges it).
const express = require('express');
const { marked } = require('marked');
const sanitizeHtml = require('sanitize-html');
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
  res.render('reviews.njk', { reviews: [{ bodyHtml: marked.parse(review.body) }], replies: [{ html: sanitizeHtml(marked.parse(review.reply)) }] });
});

module.exports = router;
