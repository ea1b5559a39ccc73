import Router from '@koa/router';
import { ProductService } from '../services/product.service';
import { ExportService } from '../services/export.service';
import { WebhookService } from '../services/webhook.service';

export function productRoutes(products: ProductService, exportsSvc: ExportService, hooks: WebhookService) {
  const router = new Router({ prefix: '/api' });

  router.get('/products', async (ctx) => {
    const { q, warehouse, sort, page, low } = ctx.query as Record<string, string | undefined>;
    ctx.body = await products.search(
      { term: q, warehouseCode: warehouse, lowStockOnly: low === '1' },
      sort,
      Math.max(1, Number(page) || 1),
    );
  });

  router.get('/products/:sku', async (ctx) => {
    const product = await products.bySku(ctx.params.sku);
    if (!product) ctx.throw(404, 'No such product');
    ctx.body = product;
  });

  router.get('/warehouses/:id/value', async (ctx) => {
    ctx.body = await products.stockValue(ctx.params.id);
  });

  router.get('/warehouses/:id/low-stock', async (ctx) => {
    const id = Number.parseInt(ctx.params.id, 10);
    if (!Number.isInteger(id)) ctx.throw(400, 'Bad warehouse id');
    ctx.body = await products.lowStock(id);
  });

  router.put('/products/:sku/tags', async (ctx) => {
    const product = await products.bySku(ctx.params.sku);
    if (!product) ctx.throw(404, 'No such product');
    const { tags, keywords } = ctx.request.body as { tags?: string; keywords?: string };
    if (typeof tags === 'string') await products.updateTags(product, tags);
    if (typeof keywords === 'string') await products.updateKeywords(product, keywords);
    ctx.status = 204;
  });

  router.post('/products/:id/receive', async (ctx) => {
    const qty = Number((ctx.request.body as any).quantity);
    if (!Number.isInteger(qty) || qty <= 0) ctx.throw(422, 'quantity must be a positive integer');
    const product = await products.receive(Number(ctx.params.id), qty);
    if (product) void hooks.dispatch('stock.received', { sku: product.sku, quantity: product.quantity });
    ctx.body = product;
  });

  router.post('/exports/stock-sheet', async (ctx) => {
    const { title = 'Stock sheet', warehouse } = ctx.request.body as { title?: string; warehouse?: string };
    const { items } = await products.search({ warehouseCode: warehouse });
    const file = await exportsSvc.stockSheetPdf(title, items);
    ctx.body = { file, url: `/api/exports/${encodeURIComponent(file)}` };
  });

  router.post('/exports/pick-list', async (ctx) => {
    const { title = 'Pick list', warehouse } = ctx.request.body as { title?: string; warehouse?: string };
    const { items } = await products.search({ warehouseCode: warehouse, lowStockOnly: true });
    ctx.body = { file: await exportsSvc.pickListPdf(String(title), items) };
  });

  return router;
}
