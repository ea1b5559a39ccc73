import Router from '@koa/router';
import type { ProductService } from './product.service';

// A router factory handed a service: its `search` takes a filter object, not a pattern.
export function productRoutes(products: ProductService) {
  const router = new Router({ prefix: '/api' });
  router.get('/products', async (ctx) => {
    const { q, page } = ctx.query as Record<string, string | undefined>;
    // ok: js/regex-injection
    ctx.body = await products.search({ term: q }, Math.max(1, Number(page) || 1));
  });
  router.get('/products/names', async (ctx) => {
    const names = String(ctx.query.names);
    // ruleid: js/regex-injection
    ctx.body = { hit: names.search(String(ctx.query.q)) >= 0 };
  });
  return router;
}
