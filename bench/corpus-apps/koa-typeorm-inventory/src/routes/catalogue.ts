import Router from '@koa/router';
import helmet from 'koa-helmet';
import { ProductService } from '../services/product.service';
import { catalogueErrorHandler } from '../middleware/error';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Public, printable catalogue pages for walk-in trade customers. */
export function catalogueRoutes(products: ProductService) {
  const router = new Router({ prefix: '/catalogue' });
  router.use(catalogueErrorHandler);
  router.use(
    helmet.contentSecurityPolicy({
      directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
    }),
  );

  router.get('/', async (ctx) => {
    const q = typeof ctx.query.q === 'string' ? ctx.query.q : '';
    const { items, total } = await products.search({ term: q || undefined });
    ctx.type = 'html';
    if (total === 0) {
      // vuln: CWE-79
      ctx.body = `<!doctype html><h1>Catalogue</h1><p>No parts match <b>${q}</b>.</p><a href="/catalogue">Back</a>`;
      return;
    }
    const rows = items
      .map((p) => `<li><a href="/catalogue/${encodeURIComponent(p.sku)}">${esc(p.sku)}</a> ${esc(p.name)}</li>`)
      .join('');
    // safe: CWE-79
    ctx.body = `<!doctype html><h1>Catalogue</h1><p>${total} parts for “${esc(q)}”</p><ul>${rows}</ul>`;
  });

  router.get('/:sku', async (ctx) => {
    const p = await products.bySku(ctx.params.sku);
    if (!p) ctx.throw(404);
    ctx.type = 'html';
    ctx.body = `<!doctype html><h1>${esc(p.name)}</h1><p>${esc(p.description)}</p><p>SKU ${esc(p.sku)} · ${esc(p.warehouse?.city)}</p>`;
  });

  return router;
}
