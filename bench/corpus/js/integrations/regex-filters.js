// Filtering helpers for a products grid (Koa)
const Router = require('@koa/router');
const _ = require('lodash');

const router = new Router();
const PRODUCTS = require('./products.json');

router.get('/products/filter', (ctx) => {
  const { pattern, flags } = ctx.query;
  // ruleid: js/regex-injection
  const re = new RegExp(pattern, flags);
  ctx.body = PRODUCTS.filter((p) => re.test(p.name));
});

router.get('/products/filter-safe', (ctx) => {
  // ok: js/regex-injection
  const re = new RegExp(_.escapeRegExp(String(ctx.query.pattern || '')), 'i');
  ctx.body = PRODUCTS.filter((p) => re.test(p.name));
});

router.get('/products/sku', (ctx) => {
  const prefix = ctx.query.prefix;
  // ruleid: js/regex-injection
  ctx.body = PRODUCTS.filter((p) => p.sku.match('^' + prefix));
});

router.get('/products/starts', (ctx) => {
  const prefix = String(ctx.query.prefix || '');
  // ok: js/regex-injection
  ctx.body = PRODUCTS.filter((p) => p.sku.startsWith(prefix));
});

module.exports = router;
