import type { Context } from 'koa';
import { before, POST, route } from 'awilix-koa';
import { z } from 'zod';
import { requireRole, requireUser } from '../middleware/auth';
import { validateBody } from '../middleware/validate';
import type { WebhookService } from '../services/webhook-service';

const hookSchema = z.object({
  url: z.string().url().max(2048),
  events: z.array(z.enum(['journal.posted', 'invoice.overdue', 'period.closed'])).min(1),
});

@route('/webhooks')
@before([requireUser, requireRole('owner')])
export default class WebhooksController {
  private readonly webhookService: WebhookService;

  constructor({ webhookService }: { webhookService: WebhookService }) {
    this.webhookService = webhookService;
  }

  @POST()
  @before([validateBody(hookSchema)])
  async create(ctx: Context) {
    const { url, events } = ctx.state.valid as z.infer<typeof hookSchema>;
    ctx.status = 201;
    ctx.body = await this.webhookService.register(url, events);
  }

  @route('/test')
  @POST()
  async test(ctx: Context) {
    const { url } = ctx.request.body as { url?: string };
    if (!url) ctx.throw(400, 'url is required');
    ctx.body = await this.webhookService.test(url);
  }
}
