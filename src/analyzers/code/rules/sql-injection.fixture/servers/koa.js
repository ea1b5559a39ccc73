const Router = require('@koa/router');
const db = require('./knexfile');

const router = new Router();
router.get('/products', async (ctx) => {
  // ruleid: js/sql-injection
  ctx.body = await db.raw(`SELECT * FROM products WHERE category = '${ctx.query.category}'`);
});
router.post('/products', async (ctx) => {
  const { name } = ctx.request.body;
  // ruleid: js/sql-injection
  await db.raw('INSERT INTO products (name) VALUES (\'' + name + '\')');
  ctx.status = 201;
});
module.exports = router;
