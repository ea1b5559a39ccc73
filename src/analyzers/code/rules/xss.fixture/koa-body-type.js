// Koa chooses the type of a string body itself: text/html only when the body starts with `<`,
// text/plain otherwise; a type the handler sets wins.
const Router = require('@koa/router');

const router = new Router();

router.get('/greet', (ctx) => {
  // ok: js/xss
  ctx.body = 'hello ' + ctx.query.name;
});

router.get('/greet.json', (ctx) => {
  ctx.type = 'application/json';
  // ok: js/xss
  ctx.body = ctx.query.name;
});

router.get('/greet-header', (ctx) => {
  ctx.set('Content-Type', 'text/plain');
  // ok: js/xss
  ctx.body = ctx.query.name;
});

router.get('/card', (ctx) => {
  // ruleid: js/xss
  ctx.body = '<p>hello ' + ctx.query.name + '</p>';
});

router.get('/echo', (ctx) => {
  // ruleid: js/xss
  ctx.body = ctx.query.name;
});

router.get('/padded', (ctx) => {
  // ruleid: js/xss
  ctx.body = `  ${ctx.query.name}`;
});

router.get('/greet.html', (ctx) => {
  ctx.type = 'html';
  // ruleid: js/xss
  ctx.body = 'hello ' + ctx.query.name;
});


// Written to the node response: the type set on the context still holds.
router.get('/raw-text', (ctx) => {
  ctx.type = 'text';
  // ok: js/xss
  ctx.res.end(String(ctx.query.name));
});

router.get('/raw-html', (ctx) => {
  ctx.type = 'html';
  const { res } = ctx;
  // ruleid: js/xss
  res.end(String(ctx.query.name));
});

module.exports = router;
