import { Router } from 'express';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import pug from 'pug';
import ejs from 'ejs';
import Handlebars from 'handlebars';
import nunjucks from 'nunjucks';
import _ from 'lodash';
import { renderMarkdown, renderMarkdownUnsafe } from '../lib/markdown.js';

export const preview = Router();

const site = { name: 'Tiny CMS', url: 'https://cms.example.org' };
const viewsDir = path.join(process.cwd(), 'views');
const newsletterTemplate = Handlebars.compile(readFileSync(path.join(viewsDir, 'newsletter.hbs'), 'utf8'));
const env = nunjucks.configure(path.join(viewsDir, 'email'), { autoescape: true });

// Editors write page snippets in whichever engine their theme uses.
preview.post('/preview/pug', (req, res) => {
  // vuln: CWE-1336, CWE-94
  const html = pug.render(req.body.template, { site, pretty: true });
  res.send(html);
});

preview.post('/preview/ejs', (req, res) => {
  // vuln: CWE-1336, CWE-94
  res.send(ejs.render(req.body.template, { site }));
});

preview.post('/preview/handlebars', (req, res) => {
  // vuln: CWE-1336, CWE-94
  const template = Handlebars.compile(req.body.source);
  res.send(template({ site }));
});

preview.get('/preview/greeting', (req, res) => {
  // vuln: CWE-1336, CWE-94
  res.send(nunjucks.renderString(req.query.greeting ?? 'Hello {{ name }}', { name: 'reader', site }));
});

preview.post('/preview/lodash', (req, res) => {
  // vuln: CWE-1336, CWE-94
  const compiled = _.template(req.body.tpl);
  res.send(compiled({ site }));
});

// The safe way: fixed template files, user text only as data.
preview.post('/preview/snippet', (req, res) => {
  // safe: CWE-1336
  res.send(pug.renderFile(path.join(viewsDir, 'snippet.pug'), { site, text: String(req.body.text ?? '') }));
});

preview.post('/preview/newsletter', (req, res) => {
  // safe: CWE-1336
  res.send(newsletterTemplate({ site, headline: req.body.headline, intro: req.body.intro }));
});

preview.post('/preview/digest', (req, res) => {
  res.send(env.render('digest.njk', { site, title: req.body.title, items: [] }));
});

preview.post('/preview/markdown', (req, res) => {
  // vuln: CWE-79
  res.send(`<article class="preview">${renderMarkdownUnsafe(req.body.markdown)}</article>`);
});

preview.post('/preview/markdown/v2', (req, res) => {
  // safe: CWE-79
  res.send(`<article class="preview">${renderMarkdown(req.body.markdown)}</article>`);
});
