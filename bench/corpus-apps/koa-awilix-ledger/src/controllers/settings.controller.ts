import type { Context } from 'koa';
import { createController } from 'awilix-koa';
import { requireRole, requireUser } from '../middleware/auth';
import type { FxService } from '../services/fx-service';
import type { SettingsService } from '../services/settings-service';

const settingsApi = ({ settingsService, fxService }: { settingsService: SettingsService; fxService: FxService }) => ({
  async show(ctx: Context) {
    ctx.body = await settingsService.get();
  },

  async patch(ctx: Context) {
    ctx.body = await settingsService.update(ctx.request.body as Record<string, unknown>);
  },

  async notifications(ctx: Context) {
    ctx.body = await settingsService.updateNotifications(ctx.request.body);
  },

  async refreshFeed(ctx: Context) {
    const { url } = ctx.request.body as { url: string };
    ctx.body = { rates: await fxService.importFromFeed(String(url)) };
  },

  async rate(ctx: Context) {
    const { base, quote, date } = ctx.query as Record<string, string>;
    ctx.body = { rate: await fxService.rate(String(base).toUpperCase(), String(quote).toUpperCase(), date) };
  },
});

export default createController(settingsApi)
  .prefix('/settings')
  .before([requireUser])
  .get('', 'show')
  .patch('', 'patch', { before: [requireRole('owner')] })
  .put('/notifications', 'notifications')
  .post('/fx-feed/refresh', 'refreshFeed', { before: [requireRole('owner', 'accountant')] })
  .get('/fx-rate', 'rate');
