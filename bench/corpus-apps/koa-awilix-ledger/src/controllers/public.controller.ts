import type { Context } from 'koa';
import cors from '@koa/cors';
import { createController } from 'awilix-koa';
import type { FxService } from '../services/fx-service';

/** Unauthenticated endpoints embedded by the marketing site's currency widget. */
const publicApi = ({ fxService }: { fxService: FxService }) => ({
  async rate(ctx: Context) {
    ctx.set('Cache-Control', 'public, max-age=600');
    ctx.body = { rate: await fxService.rate(ctx.params.base.toUpperCase(), ctx.params.quote.toUpperCase()) };
  },

  async health(ctx: Context) {
    ctx.body = { ok: true };
  },
});

export default createController(publicApi)
  .prefix('/public')
  // safe: CWE-942
  .get('/fx/:base/:quote', 'rate', { before: [cors({ origin: '*', allowMethods: 'GET' })] })
  .get('/health', 'health');
