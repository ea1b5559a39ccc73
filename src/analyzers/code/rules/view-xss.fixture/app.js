const path = require('path');
const express = require('express');
const escapeHtml = require('escape-html');
const profile = require('./routes/profile');
const shop = require('./routes/shop');
const stored = require('./routes/stored');

const app = express();
app.set('views', path.join(__dirname, 'views'));
app.set('view engine', 'ejs');

app.get('/search', (req, res) => {
  const term = req.query.q;
  res.render('search', { term, safeTerm: escapeHtml(req.query.q), count: Number(req.query.n), banner: '<b>sale</b>' });
});

app.get('/cards/:id', (req, res) => {
  res.render('card.pug', { title: req.params.id, note: req.query.note });
});

app.get('/articles/:slug', (req, res) => {
  res.render('article.pug', { heading: req.query.heading, summary: req.query.summary });
});

// A view that is never rendered with request data: its raw tags write server-side values only.
app.get('/about', (req, res) => {
  res.render('about', { html: '<p>About us</p>' });
});

app.use('/profile', profile);
app.use('/shop', shop);
app.use('/stored', stored({ listingDao: app.locals.listingDao }));
app.listen(3000);
