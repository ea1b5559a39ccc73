// Koa file service (ESM) with async/await and .then chains
import Koa from 'koa';
import Router from '@koa/router';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import fetch from 'node-fetch';

const app = new Koa();
const router = new Router();
const ROOT = path.resolve('data');

router.get('/files/:name', async (ctx) => {
  const { name } = ctx.params;
  // ruleid: js/path-traversal
  ctx.body = await fs.readFile(`${ROOT}/${name}`);
});

router.get('/v2/files/:name', async (ctx) => {
  const full = path.resolve(ROOT, ctx.params.name);
  if (path.relative(ROOT, full).startsWith('..')) ctx.throw(400, 'bad path');
  // ok: js/path-traversal
  ctx.body = await fs.readFile(full);
});

router.post('/mirror', async (ctx) => {
  const { source, name } = ctx.request.body;
  // ruleid: js/ssrf
  const res = await fetch(source);
  // ruleid: js/path-traversal
  await pipeline(res.body, createWriteStream(path.join(ROOT, name)));
  ctx.status = 201;
});

router.get('/list', (ctx) =>
  // ok: js/path-traversal
  fs.readdir(ROOT).then((entries) => {
    ctx.body = entries;
  })
);

router.get('/search', async (ctx) => {
  const { q = '' } = ctx.query;
  const entries = await fs.readdir(ROOT);
  ctx.type = 'text/html';
  // ruleid: js/xss
  ctx.body = `<p>${entries.length} files matching ${q}</p>`;
});

app.use(router.routes());
app.listen(3000);
