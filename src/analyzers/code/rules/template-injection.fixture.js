const express = require('express');
const fs = require('fs');
const path = require('path');
const ejs = require('ejs');
const pug = require('pug');
const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const _ = require('lodash');
const lodashTemplate = require('lodash/template');
const { Eta } = require('eta');
const { Edge } = require('edge.js');

const app = express();

// The request writes the template itself.
app.post('/preview/ejs', (req, res) => {
  // ruleid: js/template-injection
  const html = ejs.render(req.body.template, { user: req.user });
  // ok: js/template-injection
  const page = ejs.render('<h1><%= name %></h1>', { name: req.body.name });
  res.send(html + page);
});

app.post('/preview/pug', (req, res) => {
  const source = `h1 Hello\n${req.body.body}`;
  // ruleid: js/template-injection
  const fn = pug.compile(source);
  res.send(fn({}));
});

app.post('/preview/njk', (req, res) => {
  // ruleid: js/template-injection
  res.send(nunjucks.renderString(req.body.layout, { items: [] }));
});

app.get('/greeting', (req, res) => {
  // ruleid: js/template-injection
  const tpl = Handlebars.compile(`<p>Hello ${req.query.name}</p>`);
  // ok: js/template-injection
  const safe = Handlebars.compile('<p>Hello {{name}}</p>');
  res.send(tpl({}) + safe({ name: req.query.name }));
});

app.post('/mail/preview', (req, res) => {
  // ruleid: js/template-injection
  const a = _.template(req.body.subject)({});
  // ruleid: js/template-injection
  const b = lodashTemplate(req.body.body)({});
  // ruleid: js/template-injection
  const c = Mustache.render(req.body.footer, {});
  // ok: js/template-injection
  const d = Mustache.render('{{footer}}', { footer: req.body.footer });
  res.send(a + b + c + d);
});

// Engines used through an instance.
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'));
const eta = new Eta({ views: path.join(__dirname, 'views') });
const edge = Edge.create();
const hbs = Handlebars.create();

app.post('/themes/preview', async (req, res) => {
  // ruleid: js/template-injection
  const one = env.renderString(req.body.theme, {});
  // ruleid: js/template-injection
  const two = eta.renderString(req.body.theme, {});
  // ruleid: js/template-injection
  const three = await edge.renderRaw(req.body.theme, {});
  // ruleid: js/template-injection
  const four = hbs.compile(req.body.theme)({});
  // The template is a view file the application ships; the request gives only its data.
  // ok: js/template-injection
  const five = env.render('theme.njk', { theme: req.body.theme });
  // ok: js/template-injection
  const six = eta.render('theme', { theme: req.body.theme });
  res.send(one + two + three + four + five + six);
});

// A template read from the application's own folder, filled with request data.
const INVOICE = fs.readFileSync(path.join(__dirname, 'templates', 'invoice.ejs'), 'utf8');
app.get('/invoice', (req, res) => {
  // ok: js/template-injection
  res.send(ejs.render(INVOICE, { customer: req.query.customer }));
});

// One of the application's own templates, picked by name.
const LAYOUTS = { plain: '<p><%= text %></p>', bold: '<b><%= text %></b>' };
app.get('/note', (req, res) => {
  const layout = LAYOUTS[req.query.layout] || LAYOUTS.plain;
  // ok: js/template-injection
  res.send(ejs.render(layout, { text: req.query.text }));
});

// eval stays js/code-injection.
app.post('/calc', (req, res) => {
  // ok: js/template-injection
  res.json({ value: eval(req.body.expr) });
});
