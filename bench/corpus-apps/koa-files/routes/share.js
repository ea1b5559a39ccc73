'use strict';

const Router = require('@koa/router');
const got = require('got');
const escapeHtml = require('escape-html');
const db = require('../services/db');

const router = new Router();
const APP_ORIGIN = process.env.APP_ORIGIN || 'https://files.example.com';

router.get('/s/:token', async (ctx) => {
  const file = db.fileByToken(ctx.params.token);
  if (!file) {
    ctx.status = 404;
    // vuln: CWE-79
    ctx.body = `<h1>Not found</h1><p>No file is shared under <code>${ctx.params.token}</code>.</p>`;
    return;
  }
  // safe: CWE-79
  ctx.body = `<h1>${escapeHtml(file.name)}</h1><a href="/files/download?path=${encodeURIComponent(file.name)}">Download</a>`;
});

router.get('/welcome', async (ctx) => {
  const from = ctx.query.from || 'a friend';
  // vuln: CWE-79
  ctx.body = `<h1>Welcome!</h1><p>${from} shared some files with you.</p>`;
});

router.get('/welcome/v2', async (ctx) => {
  const from = String(ctx.query.from || 'a friend');
  // safe: CWE-79
  ctx.body = `<h1>Welcome!</h1><p>${escapeHtml(from)} shared some files with you.</p>`;
});

router.get('/login/done', async (ctx) => {
  // vuln: CWE-601
  ctx.redirect(ctx.query.next || '/');
});

router.get('/login/continue', async (ctx) => {
  const next = new URL(String(ctx.query.next || '/'), APP_ORIGIN);
  // safe: CWE-601
  ctx.redirect(next.origin === APP_ORIGIN ? next.pathname + next.search : '/');
});

router.get('/preview', async (ctx) => {
  const url = String(ctx.query.url);
  // vuln: CWE-918
  const { body } = await got(url, { timeout: { request: 5000 } });
  const title = /<title>([^<]*)<\/title>/i.exec(body);
  ctx.body = { title: title ? title[1] : null };
});

module.exports = router;
