/**
 * js/view-xss across files and folders: projects written to temp dirs and scanned for real. The
 * annotated fixture (rules/view-xss.fixture/) covers each engine's tags; here each project differs
 * in how the views folder is found, and broken view files must be scan errors, not crashes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { runScan } from '../../src/pipeline/scan.js';
import { defaultConfig } from '../../src/config/schema.js';
import { rawOutputs, TemplateSyntaxError, TemplateTooLargeError } from '../../src/analyzers/code/frontend/templates/outputs.js';
import { tempProject } from '../helpers/cli.js';

async function scan(files: Record<string, string>) {
  const root = tempProject(files);
  try {
    const result = await runScan({ root, config: defaultConfig(), groups: ['code'], jobs: 1, failOn: 'none' });
    const at = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.location.path}:${f.location.startLine}`).sort();
    return { result, views: at('js/view-xss'), code: at('js/code-injection'), errors: result.notices.filter((n) => n.level === 'error') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const SEARCH_ROUTE = "app.get('/s', (req, res) => res.render('search', { q: req.query.q }));\n";

test('ESM app: views folder from new URL(…, import.meta.url), the trace runs source → render → view line', async () => {
  const { views, result } = await scan({
    'package.json': '{"type":"module"}',
    'src/app.js': "import express from 'express';\nconst app = express();\napp.set('view engine', 'pug');\napp.set('views', new URL('../templates', import.meta.url).pathname);\n" + SEARCH_ROUTE,
    'templates/search.pug': 'h1 Results for !{q}\np= q\n',
    // Same name in a folder that is not the views folder: not the view this app renders.
    'src/views/search.pug': 'h1!= q\n',
  });
  assert.deepEqual(views, ['templates/search.pug:1']);
  const f = result.findings.find((x) => x.ruleId === 'js/view-xss')!;
  assert.deepEqual(f.trace!.map((s) => `${s.kind} ${s.location.path}:${s.location.startLine}`), ['source src/app.js:5', 'step src/app.js:5', 'sink templates/search.pug:1']);
});

test('no app.set: the default views/ folder of the same package, with the engine extension', async () => {
  const { views } = await scan({
    'package.json': '{}',
    'server.js': "const app = require('express')();\napp.set('view engine', 'ejs');\n" + SEARCH_ROUTE,
    'views/search.ejs': '<h1><%- q %></h1>\n<p><%= q %></p>\n',
    // A view with the same name and another engine's extension is not rendered by this app.
    'views/search.hbs': '<h1>{{{q}}}</h1>\n',
  });
  assert.deepEqual(views, ['views/search.ejs:1']);
});

test('two packages with the same view name: each render call finds its own package view', async () => {
  const { views } = await scan({
    'apps/shop/package.json': '{}',
    'apps/shop/app.js': "const app = require('express')();\napp.set('view engine', 'ejs');\n" + SEARCH_ROUTE,
    'apps/shop/views/search.ejs': '<h1><%- q %></h1>\n',
    'apps/blog/package.json': '{}',
    'apps/blog/app.js': "const app = require('express')();\napp.set('view engine', 'ejs');\napp.get('/s', (req, res) => res.render('search', { q: 'fixed' }));\n",
    'apps/blog/views/search.ejs': '<p>x</p>\n<h1><%- q %></h1>\n',
  });
  assert.deepEqual(views, ['apps/shop/views/search.ejs:1']);
});

test('.html views are views of the engine the app registers for them: app.engine(\'html\', …)', async () => {
  const { views } = await scan({
    'shop/package.json': '{}',
    'shop/app.js': "const express = require('express');\nconst app = express();\napp.engine('html', require('ejs').renderFile);\napp.set('view engine', 'html');\n" + SEARCH_ROUTE,
    'shop/views/search.html': '<h1><%- q %></h1>\n<p><%= q %></p>\n',
    // Same file in a package with no engine for .html: a static page, never rendered with data.
    'docs/package.json': '{}',
    'docs/app.js': "const app = require('express')();\napp.use(require('express').static('views'));\napp.get('/s', (req, res) => res.render('search', { q: req.query.q }));\n",
    'docs/views/search.html': '<h1><%- q %></h1>\n',
  });
  assert.deepEqual(views, ['shop/views/search.html:1']);
});

test('an engine configured with autoescape: false makes every plain {{ }} output raw (Swig, Nunjucks)', async () => {
  const swigApp = (autoescape: boolean) => [
    "const express = require('express');",
    "const consolidate = require('consolidate');",
    "const swig = require('swig');",
    'const app = express();',
    "app.engine('.html', consolidate.swig);",
    "app.set('view engine', 'html');",
    `swig.setDefaults({ autoescape: ${autoescape} });`,
    SEARCH_ROUTE,
  ].join('\n');
  const view = '<h1>{{ q }}</h1>\n<p>{{ q|escape }}</p>\n<b>{{ q|raw }}</b>\n';
  const off = await scan({ 'package.json': '{}', 'server.js': swigApp(false), 'views/search.html': view });
  assert.deepEqual(off.views, ['views/search.html:1', 'views/search.html:3']);
  // Escaping on (the default): only the explicit |raw output.
  const on = await scan({ 'package.json': '{}', 'server.js': swigApp(true), 'views/search.html': view });
  assert.deepEqual(on.views, ['views/search.html:3']);

  const nunjucksApp = (autoescape: boolean) => `const nunjucks = require('nunjucks');\nconst app = require('express')();\nnunjucks.configure('views', { autoescape: ${autoescape}, express: app });\napp.set('view engine', 'njk');\n` + SEARCH_ROUTE;
  const njk = '<h1>{{ q }}</h1>\n{% autoescape true %}<p>{{ q }}</p>{% endautoescape %}\n';
  assert.deepEqual((await scan({ 'server.js': nunjucksApp(false), 'views/search.njk': njk })).views, ['views/search.njk:1']);
  assert.deepEqual((await scan({ 'server.js': nunjucksApp(true), 'views/search.njk': njk })).views, []);
});

test('Koa ctx.render and a dynamic view name: only the static name is followed', async () => {
  const { views } = await scan({
    'app.js': [
      "const Koa = require('koa');",
      "const Router = require('@koa/router');",
      'const router = new Router();',
      "router.get('/hello', async (ctx) => { await ctx.render('hello', { who: ctx.query.who }); });",
      "router.get('/page/:p', async (ctx) => { await ctx.render(ctx.params.p, { who: ctx.query.who }); });",
    ].join('\n'),
    'views/hello.njk': '<h1>Hello {{ who | safe }}</h1>\n',
    'views/other.njk': '<h1>{{ who | safe }}</h1>\n',
  });
  assert.deepEqual(views, ['views/hello.njk:1']);
});

test('request objects passed whole as render options are template (option) injection; fields are not', async () => {
  const { code } = await scan({
    'app.js': [
      "const app = require('express')();",
      "app.get('/a', (req, res) => res.render('a', req.query));",
      "app.get('/b', (req, res) => res.render('b', { ...req.body }));",
      "app.get('/c', (req, res) => res.render('c', { q: req.query.q, body: req.body }));",
      "app.get('/d', (req, res) => res.render('d', { ...req.params }));",
    ].join('\n'),
  });
  assert.deepEqual(code, ['app.js:2', 'app.js:3']);
});

test('broken view files are scan errors with their path; the rest of the scan goes on', async () => {
  const { errors, views } = await scan({
    'app.js': "const app = require('express')();\napp.set('view engine', 'ejs');\n" + SEARCH_ROUTE,
    'views/search.ejs': '<h1><%- q %></h1>\n',
    'views/broken.ejs': '<h1><%- q </h1>\n',
    'views/broken.pug': 'div\n  p(class="a" = )\n',
    'views/broken.hbs': '{{#if a}}\n<p>x</p>\n',
    'views/broken.njk': '<p>{{ a </p>\n',
  });
  assert.deepEqual(views, ['views/search.ejs:1']);
  assert.deepEqual(errors.map((e) => e.path).sort(), ['views/broken.ejs', 'views/broken.hbs', 'views/broken.njk', 'views/broken.pug']);
  for (const e of errors) assert.match(e.reason, /^template syntax error/);
});

test('hostile view text does not hang the tokenizers', () => {
  const started = Date.now();
  for (const [path, text] of [['a.njk', '{{ '.repeat(200_000)], ['a.ejs', '<%- x %>'.repeat(50_000)], ['b.njk', '{% raw %}'.repeat(50_000)], ['c.njk', '{{ x | safe }}'.repeat(50_000)],
    ['a.pug', 'p(' + 'a="1" '.repeat(50_000) + ')'], ['a.hbs', '{{#if a}}'.repeat(5000) + '{{/if}}'.repeat(5000)]] as const) {
    try {
      rawOutputs(path, text);
    } catch (err) {
      assert.ok(err instanceof TemplateSyntaxError || err instanceof TemplateTooLargeError, String(err));
    }
  }
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});
