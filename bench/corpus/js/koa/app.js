// Koa API for a recipes site
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const send = require('koa-send');
const sqlite3 = require('sqlite3');
const { open } = require('sqlite');

const app = new Koa();
const router = new Router();
let db;

// ruleid: js/permissive-cors
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
app.use(bodyParser());

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // ruleid: js/stack-trace-exposure
    ctx.body = { message: err.message, stack: err.stack };
  }
});

router.get('/recipes', async (ctx) => {
  const { tag } = ctx.query;
  // ruleid: js/sql-injection
  ctx.body = await db.all(`SELECT * FROM recipes WHERE tags LIKE '%${tag}%'`);
});

router.get('/v2/recipes', async (ctx) => {
  // ok: js/sql-injection
  ctx.body = await db.all('SELECT * FROM recipes WHERE tags LIKE ?', [`%${ctx.query.tag}%`]);
});

router.get('/recipes/:id', async (ctx) => {
  // ruleid: js/sql-injection
  const recipe = await db.get('SELECT * FROM recipes WHERE id = ' + ctx.params.id);
  ctx.assert(recipe, 404, 'Recipe not found');
  ctx.body = recipe;
});

router.get('/images/:file', async (ctx) => {
  // ruleid: js/path-traversal
  await send(ctx, `uploads/${ctx.params.file}`, { root: '/' });
});

router.get('/v2/images/:file', async (ctx) => {
  // ok: js/path-traversal
  await send(ctx, ctx.params.file, { root: `${__dirname}/uploads` });
});

router.get('/welcome', async (ctx) => {
  ctx.type = 'html';
  // ruleid: js/xss
  ctx.body = `<h1>Welcome ${ctx.query.user}</h1>`;
});

router.get('/out', async (ctx) => {
  // ruleid: js/open-redirect
  ctx.redirect(ctx.query.target);
});

router.get('/v2/out', async (ctx) => {
  const target = ctx.query.target === 'docs' ? '/docs' : '/';
  // ok: js/open-redirect
  ctx.redirect(target);
});

app.use(router.routes()).use(router.allowedMethods());

(async () => {
  db = await open({ filename: './recipes.db', driver: sqlite3.Database });
  app.listen(3000);
})();
