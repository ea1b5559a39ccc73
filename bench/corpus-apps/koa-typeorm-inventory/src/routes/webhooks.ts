import Router from '@koa/router';
import { Repository } from 'typeorm';
import { Webhook } from '../entities/Webhook';
import { WebhookService } from '../services/webhook.service';
import { newResetToken } from '../lib/passwords';
import { assertPublicHttpsUrl } from '../lib/url';

export function webhookRoutes(hooks: WebhookService, repo: Repository<Webhook>) {
  const router = new Router({ prefix: '/api/webhooks' });

  router.get('/', async (ctx) => {
    ctx.body = await repo.find({ select: ['id', 'event', 'targetUrl', 'active'] });
  });

  router.post('/', async (ctx) => {
    const { event, targetUrl } = ctx.request.body as Pick<Webhook, 'event' | 'targetUrl'>;
    if (!['stock.low', 'stock.received'].includes(event)) ctx.throw(422, 'Unknown event');
    const checked = await assertPublicHttpsUrl(String(targetUrl));
    const hook = await repo.save({ event, targetUrl: checked, signingSecret: newResetToken(), active: true });
    ctx.status = 201;
    ctx.body = { id: hook.id, signingSecret: hook.signingSecret };
  });

  router.post('/test', async (ctx) => {
    ctx.body = await hooks.ping(ctx.request.body as { url: string; secret?: string });
  });

  router.get('/supplier/:part', async (ctx) => {
    ctx.body = await hooks.supplierPart(ctx.params.part);
  });

  return router;
}
