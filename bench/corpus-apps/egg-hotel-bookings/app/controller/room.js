'use strict';

const { Controller } = require('egg');

class RoomController extends Controller {
  async show() {
    const { ctx, service } = this;
    const room = await service.room.find(Number(ctx.params.id));
    if (!room) ctx.throw(404, 'room not found');
    await ctx.render('room.nj', { room });
  }

  async list() {
    const { ctx, service } = this;
    ctx.body = await service.room.list({
      hotelId: ctx.query.hotel,
      sort: ctx.query.sort,
      dir: ctx.query.dir,
      page: Number(ctx.query.page) || 1,
    });
  }

  async search() {
    const { ctx, service } = this;
    const rooms = await service.room.all();
    const q = ctx.query.q || '';
    if (ctx.query.mode === 'pattern') {
      // vuln: CWE-400
      const re = new RegExp(q, 'i');
      ctx.body = rooms.filter(r => re.test(r.description));
      return;
    }
    // safe: CWE-400
    const re = new RegExp(ctx.helper.escapeRegExp(q), 'i');
    ctx.body = rooms.filter(r => re.test(r.name));
  }

  // Marketing staff edit the room page template and preview it before publishing.
  async preview() {
    const { ctx, service } = this;
    const room = await service.room.find(Number(ctx.params.id));
    const { template } = ctx.request.body;
    // vuln: CWE-1336
    ctx.body = await ctx.renderString(template, { room });
  }
}

module.exports = RoomController;
