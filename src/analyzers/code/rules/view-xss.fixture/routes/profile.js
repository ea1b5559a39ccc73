const { Router } = require('express');
const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const mustache = require('mustache');

const router = Router();
const card = Handlebars.compile(fs.readFileSync(path.join(__dirname, '..', 'templates', 'card.hbs'), 'utf8'));
const mail = nunjucks.configure(path.join(__dirname, '..', 'views', 'mail'), { autoescape: true });
const badgeSource = fs.readFileSync(path.join(__dirname, '..', 'templates', 'badge.mustache'), 'utf8');

router.get('/', (req, res) => {
  res.render('profile', { user: { name: req.query.name }, bio: req.body.bio, theme: req.cookies.theme });
});

router.get('/card', (req, res) => {
  res.send(card({ name: req.query.name, motto: req.query.motto }));
});

router.post('/mail', (req, res) => {
  res.send(mail.render('welcome.njk', { subject: req.body.subject, signature: req.body.signature, footer: 'Thanks' }));
});

router.get('/badge', (req, res) => {
  res.send(mustache.render(badgeSource, { label: req.query.label, color: req.query.color }));
});

module.exports = router;
