// got's promise parses the body itself: `.json()` is the parsed object (Koa sends an object as
// JSON), `.text()` the page as its server sent it.
const Koa = require('koa');
const Router = require('@koa/router');
const got = require('got');

const app = new Koa();
const router = new Router();

router.get('/supplier/:part', async (ctx) => {
  // ok: js/xss
  ctx.body = await got(`https://supplier.example.com/parts/${encodeURIComponent(ctx.params.part)}`).json();
});

router.get('/preview', async (ctx) => {
  // ruleid: js/xss
  ctx.body = await got(String(ctx.query.url)).text();
});

app.use(router.routes());
module.exports = app;
