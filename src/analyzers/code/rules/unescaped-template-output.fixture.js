const express = require('express');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const Mustache = require('mustache');
const nunjucks = require('nunjucks');
const pug = require('pug');
const _ = require('lodash');

const app = express();

// --- EJS inlined in JS ---
app.get('/profile/:id', async (req, res) => {
  const user = await db.users.findById(req.params.id);
  // ruleid: js/unescaped-template-output
  const html = ejs.render('<div class="bio"><%- user.bio %></div>', { user });
  res.send(html);
});

// ruleid: js/unescaped-template-output
const PROFILE_CARD = `
  <div class="card">
    <h2><%= user.name %></h2>
    <p class="about"><%- user.about %></p>
  </div>`;

function renderCard(user) {
  return ejs.render(PROFILE_CARD, { user });
}

// ruleid: js/unescaped-template-output
const commentTemplate = ejs.compile(`<li class="comment">
  <strong><%= comment.author %></strong>
  <%- comment.body %>
</li>`);

// ok: js/unescaped-template-output
const safeComment = ejs.compile('<li><strong><%= comment.author %></strong> <%= comment.body %></li>');

// Including a partial is the normal use of <%- %>.
// ok: js/unescaped-template-output
const pageTemplate = ejs.compile("<%- include('header', { title }) %><main><%= content %></main>");

// --- Handlebars ---
// ruleid: js/unescaped-template-output
const bioTemplate = Handlebars.compile('<section>{{{profile.bio}}}</section>');

// ok: js/unescaped-template-output
const nameTemplate = Handlebars.compile('<h1>{{profile.displayName}}</h1>');

// ruleid: js/unescaped-template-output
const noteTemplate = Handlebars.compile('<p>{{& note.text}}</p>');

// ok: js/unescaped-template-output
const layout = Handlebars.compile('<html><body>{{{body}}}</body></html>');

// ok: js/unescaped-template-output
const rawBlock = Handlebars.compile('{{{{raw}}}} {{escaped}} {{{{/raw}}}}');

const emailTemplate = Handlebars.compile('<p>Hello {{name}}</p>', {
  // ruleid: js/unescaped-template-output
  noEscape: true,
});

// ok: js/unescaped-template-output
const strictTemplate = Handlebars.compile('<p>Hello {{name}}</p>', { noEscape: false, strict: true });

Handlebars.registerHelper('mention', (username) => {
  // ruleid: js/unescaped-template-output
  return new Handlebars.SafeString(`<a class="mention" href="/u/${username}">@${username}</a>`);
});

Handlebars.registerHelper('safeMention', (username) => {
  const name = Handlebars.escapeExpression(username);
  // ok: js/unescaped-template-output
  return new Handlebars.SafeString(`<a class="mention" href="/u/${Handlebars.escapeExpression(username)}">@${Handlebars.Utils.escapeExpression(username)}</a>`);
});

Handlebars.registerHelper('icon', () => {
  // ok: js/unescaped-template-output
  return new Handlebars.SafeString('<svg class="icon"><use href="#star"></use></svg>');
});

Handlebars.registerHelper('markdown', (text) => {
  // ruleid: js/unescaped-template-output
  return new Handlebars.SafeString(renderMarkdown(text));
});

// JSON for a <script> block: with every `<` replaced, it cannot close the script element.
Handlebars.registerHelper('json', (value) => {
  // ok: js/unescaped-template-output
  return new Handlebars.SafeString(JSON.stringify(value === undefined ? null : value).replace(/</g, '\\u003c'));
});

Handlebars.registerHelper('jsonRaw', (value) => {
  // ruleid: js/unescaped-template-output
  return new Handlebars.SafeString(JSON.stringify(value));
});

Handlebars.registerHelper('jsonQuotes', (value) => {
  // Only quotes are replaced: `</script>` in the data still ends the block.
  // ruleid: js/unescaped-template-output
  return new Handlebars.SafeString(JSON.stringify(value).replace(/"/g, '&quot;'));
});

Handlebars.registerHelper('jsonTagBack', (value) => {
  // The second replacement writes a `<` back.
  // ruleid: js/unescaped-template-output
  return new Handlebars.SafeString(JSON.stringify(value).replace(/</g, '\\u003c').replace(/\\u003c/g, '<'));
});

// --- Mustache ---
app.get('/share', (req, res) => {
  const view = { title: req.query.title, body: req.query.body };
  // ruleid: js/unescaped-template-output
  res.send(Mustache.render('<h1>{{title}}</h1><div>{{{body}}}</div>', view));
});

app.get('/share-safe', (req, res) => {
  // ok: js/unescaped-template-output
  res.send(Mustache.render('<h1>{{title}}</h1><div>{{body}}</div>', { title: req.query.title, body: req.query.body }));
});

// --- Nunjucks ---
nunjucks.configure('views', {
  // ruleid: js/unescaped-template-output
  autoescape: false,
  express: app,
});

// ok: js/unescaped-template-output
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });

// ruleid: js/unescaped-template-output
env.opts.autoescape = false;

app.get('/post/:slug', async (req, res) => {
  const post = await db.posts.findBySlug(req.params.slug);
  // ruleid: js/unescaped-template-output
  res.send(env.renderString('<article>{{ post.html | safe }}</article>', { post }));
  // ok: js/unescaped-template-output
  res.send(env.renderString('<article>{{ post.title }}</article>', { post }));
});

// --- Pug ---
// ruleid: js/unescaped-template-output
const signature = pug.compile('div.signature !{user.signature}');
// ok: js/unescaped-template-output
const greeting = pug.compile('p Hello #{user.name}');

// --- lodash templates: <%= %> is the raw form there ---
// ruleid: js/unescaped-template-output
const banner = _.template('<div class="banner"><%= message %></div>');
// ok: js/unescaped-template-output
const safeBanner = _.template('<div class="banner"><%- message %></div>');

// lodash templates that build SQL or text, not HTML: raw output is not XSS there.
// ok: js/unescaped-template-output
const renameColumn = _.template('ALTER TABLE <%= table %> RENAME COLUMN <%= from %> TO <%= to %>;');
// ok: js/unescaped-template-output
const mailSubject = Handlebars.compile('Your order {{{order.number}}} has shipped');

// A string with raw tags that is never given to a template engine.
// ok: js/unescaped-template-output
const docsExample = 'Use <%- html %> only for trusted markup';

module.exports = { app, renderCard, commentTemplate, safeComment, pageTemplate, bioTemplate, nameTemplate, noteTemplate, layout, rawBlock, emailTemplate, strictTemplate, signature, greeting, banner, safeBanner, renameColumn, mailSubject, docsExample };
