const Koa = require('koa');
const Router = require('@koa/router');
const { probe } = require('./probe-helper');

const app = new Koa();
const router = new Router();

router.post('/hooks/test', async (ctx) => {
  // ok: js/xss
  ctx.body = await probe(String(ctx.request.body.url));
});

router.post('/hooks/test.html', async (ctx) => {
  const result = await probe(String(ctx.request.body.url));
  ctx.type = 'html';
  // ruleid: js/xss
  ctx.body = `<h1>${result.status}</h1><pre>${result.body}</pre>`;
});

app.use(router.routes());
module.exports = app;
