'use strict';

const { Controller } = require('egg');
const crypto = require('crypto');

class WebhookController extends Controller {
  // Channel manager pushes reservations made on OTAs.
  async channel() {
    const { ctx, service } = this;
    const signature = ctx.get('x-cm-signature');
    const expected = crypto.createHmac('sha256', process.env.CM_WEBHOOK_SECRET).update(ctx.request.rawBody || '').digest('hex');
    if (!signature || signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      ctx.throw(401, 'bad signature');
    }
    const event = ctx.request.body;
    ctx.logger.info('channel event %s for room %d', event.type, Number(event.roomId));
    if (event.type === 'reservation.created') {
      await service.notify.legacyPms(event);
    }
    ctx.body = { received: true };
  }

  // "Send test event" button on the integrations page.
  async testCallback() {
    const { ctx, service } = this;
    const { callbackUrl } = ctx.request.body;
    const res = await service.notify.partnerCallback(callbackUrl, { type: 'test', at: Date.now() });
    ctx.body = { status: res.status };
  }
}

module.exports = WebhookController;
