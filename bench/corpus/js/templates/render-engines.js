// Email + page rendering with several template engines
const express = require('express');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const ejs = require('ejs');
const pug = require('pug');
const Mustache = require('mustache');

// ruleid: js/missing-security-headers
const app = express();

// ruleid: js/unescaped-template-output
const env = nunjucks.configure('views', { autoescape: false, express: app });

const safeEnv = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), {
  // ok: js/unescaped-template-output
  autoescape: true,
});

// ruleid: js/unescaped-template-output
const welcomeTemplate = Handlebars.compile('<h1>Welcome {{name}}</h1><div>{{bio}}</div>', { noEscape: true });

// ok: js/unescaped-template-output
const profileTemplate = Handlebars.compile('<h1>{{name}}</h1><div>{{bio}}</div>');

app.get('/welcome', (req, res) => {
  // ruleid: js/xss
  res.send(welcomeTemplate({ name: req.query.name, bio: req.query.bio }));
});

app.get('/profile', (req, res) => {
  // ok: js/xss
  res.send(profileTemplate({ name: req.query.name, bio: req.query.bio }));
});

app.get('/card', (req, res) => {
  // ruleid: js/xss, js/unescaped-template-output
  const html = ejs.render('<div class="card"><%- title %></div>', { title: req.query.title });
  res.send(html);
});

app.get('/card-safe', (req, res) => {
  // ok: js/xss, js/unescaped-template-output
  const html = ejs.render('<div class="card"><%= title %></div>', { title: req.query.title });
  res.send(html);
});

app.get('/badge', (req, res) => {
  // ruleid: js/xss, js/unescaped-template-output
  const html = pug.render('span.badge!= label', { label: req.query.label });
  res.send(html);
});

app.get('/notice', (req, res) => {
  // ruleid: js/xss, js/unescaped-template-output
  res.send(Mustache.render('<p>{{{message}}}</p>', { message: req.query.message }));
});

app.get('/bio/:user', (req, res) => {
  // ruleid: js/xss, js/unescaped-template-output
  const bio = new Handlebars.SafeString(req.query.bio);
  res.send(profileTemplate({ name: req.params.user, bio }));
});

app.get('/page', (req, res) => {
  // ok: js/xss
  res.render('page.njk', { title: req.query.title });
});

app.post('/preview-template', express.text(), (req, res) => {
  // ruleid: js/code-injection
  const html = ejs.render(req.body, { user: req.user });
  res.send(html);
});

module.exports = { app, env, safeEnv };
